package org.plenary.build;

/** A publishing failure a user can act on: a bad database path, a database in use, a broken query file. */
public class PlenaryException extends RuntimeException {
    public PlenaryException(String message) { super(message); }
    public PlenaryException(String message, Throwable cause) { super(message, cause); }
}
