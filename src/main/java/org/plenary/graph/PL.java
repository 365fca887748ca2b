package org.plenary.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary of the Plenary ontology ({@code ontology/plenary.ttl}). Every constant here is declared
 * in the ontology file and every term of the ontology has a constant here; {@code VocabularyMatchesOntologyTest}
 * proves it.
 */
public final class PL {
    public static final String NS = "https://w3id.org/plenary/ontology#";
    public static final String PREFIX = "pl";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // Classes
    public static final Resource Meeting = r("Meeting");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Place = r("Place");
    public static final Resource Statement = r("Statement");
    public static final Resource Source = r("Source");
    /** A role or affiliation held by a person (a title at an organization), as one source reports it. */
    public static final Resource Role = r("Role");
    /** Who took part in a meeting and how, as one source reports it. */
    public static final Resource Participation = r("Participation");
    /** One kind of participation: chair, speaker, testifier, ... (the individuals below). */
    public static final Resource ParticipationRole = r("ParticipationRole");
    /** A name of an entity as written at one place of one source. */
    public static final Resource Mention = r("Mention");
    /** A character span of a source file: a Web Annotation position and quote selector in one node. */
    public static final Resource TextSpan = r("TextSpan");
    /** The decision that several extracted entities are one, with its evidence. */
    public static final Resource Merge = r("Merge");
    public static final Resource MergeCandidate = r("MergeCandidate");
    /** One run of the Plenary build. */
    public static final Resource Build = r("Build");
    /** A scored link of an entity to an external resource (Wikidata), with its evidence. */
    public static final Resource Link = r("Link");

    // Participation roles (individuals of ParticipationRole)
    public static final Resource Convener = r("Convener");
    public static final Resource Chair = r("Chair");
    public static final Resource Speaker = r("Speaker");
    public static final Resource Testifier = r("Testifier");
    public static final Resource DelegationHead = r("DelegationHead");
    public static final Resource Attendee = r("Attendee");

    // Names
    public static final Property name = p("name");
    public static final Property altName = p("altName");
    /** An annotation of a property: its name read from object to subject ("convened" for pl:convenedBy). */
    public static final Property inverseLabel = p("inverseLabel");

    // Meeting
    public static final Property date = p("date");
    public static final Property place = p("place");
    public static final Property heldBy = p("heldBy");
    public static final Property chair = p("chair");
    public static final Property convenedBy = p("convenedBy");

    // Role
    public static final Property holder = p("holder");
    public static final Property title = p("title");
    public static final Property organization = p("organization");

    // Participation
    public static final Property participant = p("participant");
    public static final Property meeting = p("meeting");
    public static final Property participationRole = p("participationRole");

    // Statement
    public static final Property speaker = p("speaker");
    public static final Property text = p("text");
    public static final Property direct = p("direct");
    public static final Property madeAt = p("madeAt");

    // Mention
    public static final Property mentionOf = p("mentionOf");

    // Provenance of facts
    public static final Property span = p("span");

    // Source
    public static final Property headline = p("headline");
    public static final Property publisher = p("publisher");
    public static final Property author = p("author");
    public static final Property published = p("published");
    public static final Property url = p("url");
    public static final Property language = p("language");
    public static final Property articleBody = p("articleBody");
    public static final Property fileName = p("fileName");
    public static final Property sha256 = p("sha256");
    public static final Property articleBodySha256 = p("articleBodySha256");
    public static final Property mediaType = p("mediaType");
    public static final Property retrievedFrom = p("retrievedFrom");
    public static final Property retrieved = p("retrieved");
    public static final Property warcRecord = p("warcRecord");

    // Merge
    public static final Property mergedInto = p("mergedInto");
    public static final Property mergedFrom = p("mergedFrom");
    public static final Property score = p("score");
    public static final Property evidence = p("evidence");

    // Role validity (reference facts)
    public static final Property startDate = p("startDate");
    public static final Property endDate = p("endDate");

    // Link
    public static final Property linkOf = p("linkOf");
    public static final Property target = p("target");

    // Build
    public static final Property softwareVersion = p("softwareVersion");

    // Resolution (a decision of a body, e.g. the one that mandated a meeting)
    /** A formal decision adopted by a body, as a source or reference file reports it. */
    public static final Resource Resolution = r("Resolution");
    public static final Property symbol = p("symbol");
    public static final Property adoptedBy = p("adoptedBy");
    public static final Property adoptedOn = p("adoptedOn");
    public static final Property adoptedWithoutVote = p("adoptedWithoutVote");
    public static final Property mandates = p("mandates");
    /** The session number of a body that a role or resolution belongs to. */
    public static final Property session = p("session");

    // Comparison of claims (graph/conflicts)
    /** Two claims that cannot both be true. */
    public static final Resource Conflict = r("Conflict");
    /** Claims several sources make independently. */
    public static final Resource Corroboration = r("Corroboration");
    public static final Property conflictKind = p("conflictKind");
    public static final Property subject = p("subject");
    public static final Property property = p("property");
    public static final Property claim = p("claim");
    public static final Property source = p("source");
    /** One value of a disputed property, with the claims and sources giving it. */
    public static final Resource DisputedValue = r("DisputedValue");
    public static final Property disputedValue = p("disputedValue");
    /** A disputed value that is a literal. */
    public static final Property value = p("value");
    /** A disputed value that is an entity. */
    public static final Property entity = p("entity");
    public static final Property reference = p("reference");
    public static final Property overlap = p("overlap");
    public static final Property corroborates = p("corroborates");

    private PL() {}
}
