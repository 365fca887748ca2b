package org.plenary.ingest;

/** An article file that cannot be read as an article; the message names the file and, where known, the place. */
public class ArticleException extends RuntimeException {
    public ArticleException(String message) { super(message); }
    public ArticleException(String message, Throwable cause) { super(message, cause); }
}
