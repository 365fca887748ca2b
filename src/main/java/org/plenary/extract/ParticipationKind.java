package org.plenary.extract;

/** How someone took part in a meeting. Someone only mentioned has no participation at all. */
public enum ParticipationKind { CONVENER, CHAIR, SPEAKER, TESTIFIER, DELEGATION_HEAD, ATTENDEE }
