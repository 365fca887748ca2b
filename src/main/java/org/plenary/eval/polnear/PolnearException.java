package org.plenary.eval.polnear;

/** A PolNeAR copy that cannot be read as one: the message names the directory, file or line. */
public final class PolnearException extends RuntimeException {
    public PolnearException(String message) { super(message); }
}
