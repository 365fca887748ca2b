package org.plenary.build;

import org.plenary.graph.Validation;

/**
 * A failure a user can act on, told in one line: a folder that is not one, a build that would lose what was published,
 * a bad database path, a database in use, a broken query file. In {@code build}, the first package of the journey that
 * raises one; {@code store}, {@code query}, {@code publish} and {@code cli} raise it too.
 */
public class PlenaryException extends RuntimeException {
    public PlenaryException(String message) { super(message); }
    public PlenaryException(String message, Throwable cause) { super(message, cause); }

    /** The failure of a build whose quads do not conform to the shapes, its report included. */
    public static PlenaryException nonConforming(Validation v) {
        return new PlenaryException("The build's output does not conform to ontology/shapes.ttl:\n" + v.report());
    }
}
