package org.plenary.publish.site;

/**
 * The site's templates for the pages served outside the site's servlets (the error handlers, the dumps listing):
 * one compiled set, made on first use.
 */
final class OutsideTemplates {
    static final Templates INSTANCE = new Templates();

    private OutsideTemplates() {}
}
