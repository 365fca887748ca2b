package org.plenary.fetch;

/** Why one address could not be fetched, in words a user can act on; the other addresses go on. */
public class FetchException extends RuntimeException {
    private final boolean retryable;

    public FetchException(String reason) { this(reason, false, null); }

    FetchException(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
    }

    /** A failure that may pass if tried again later (a timeout, a 429 or 5xx answer, a dropped connection). */
    boolean retryable() { return retryable; }
}
