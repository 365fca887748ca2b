package org.plenary.extract;

/** That an agent (entity key) took part in a meeting (meeting key) in some way, and where the article says so. */
public record ParticipationFact(String agent, String meeting, ParticipationKind kind, TextRef evidence) {}
