package org.plenary.resolve;

/** An entity as one article knows it: the article id and the entity's key within it. */
public record EntityRef(String sourceId, String key) {}
