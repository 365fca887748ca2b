package org.plenary.build;

import org.plenary.graph.Validation;

/** A publishing failure a user can act on: a bad database path, a database in use, a broken query file. */
public class PlenaryException extends RuntimeException {
    public PlenaryException(String message) { super(message); }
    public PlenaryException(String message, Throwable cause) { super(message, cause); }

    /** The failure of a build whose quads do not conform to the shapes, its report included. */
    public static PlenaryException nonConforming(Validation v) {
        return new PlenaryException("The build's output does not conform to ontology/shapes.ttl:\n" + v.report());
    }
}
