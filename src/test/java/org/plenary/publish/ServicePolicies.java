package org.plenary.publish;

import java.util.List;

/** Service policies for tests in other packages. */
public final class ServicePolicies {
    private ServicePolicies() {}

    /** Allows exactly {@code endpoints}, local ones included (a local listener standing in for a remote endpoint). */
    public static ServicePolicy includingLocal(List<String> endpoints) {
        return ServicePolicy.allowIncludingLocal(endpoints);
    }
}
