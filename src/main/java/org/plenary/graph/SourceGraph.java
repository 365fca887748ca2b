package org.plenary.graph;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.ExtractedEntity;
import org.plenary.extract.MandateFact;
import org.plenary.extract.SessionFact;
import org.plenary.extract.MeetingFact;
import org.plenary.extract.ParticipationFact;
import org.plenary.extract.ParticipationKind;
import org.plenary.extract.RoleFact;
import org.plenary.extract.StatementFact;
import org.plenary.extract.TextRef;
import org.plenary.ingest.Article;
import org.plenary.resolve.ResolvedEntity;
import org.plenary.resolve.Resolution;

/**
 * What one source claims, as the quads of its own named graph: the source and its metadata, every name of
 * every entity as a mention, the meeting as this source reports it, roles, participations and statements, each
 * fact derived from the source and pinned to the exact span of the file (code-point offsets and the exact text).
 */
public final class SourceGraph {
    private static final int CONTEXT = 32;

    private final IriScheme iris;
    private final Resolution resolution;

    public SourceGraph(IriScheme iris, Resolution resolution) {
        this.iris = iris;
        this.resolution = resolution;
    }

    public void write(ArticleExtraction x, StreamRDF out) {
        Article a = x.article();
        String src = iris.source(a.id());
        QuadWriter w = new QuadWriter(out, iris.sourceGraph(a.id()));
        w.type(src, PL.Source);
        w.str(src, PL.fileName, a.fileName());
        w.str(src, PL.sha256, a.sha256());
        w.str(src, PL.articleBody, a.text());
        w.str(src, PL.articleBodySha256, a.bodySha256());
        w.str(src, PL.mediaType, a.mediaType());
        var meta = a.metadata();
        meta.title().ifPresent(t -> w.str(src, PL.headline, t));
        meta.url().ifPresent(u -> w.iri(src, PL.url, u));
        meta.published().ifPresent(p -> w.date(src, PL.published, p));
        meta.language().ifPresent(l -> w.str(src, PL.language, l)); // as the article states it
        x.language().ifPresent(l -> w.str(src, DCTerms.language, l)); // as its text was read
        meta.license().ifPresent(l -> w.iri(src, DCTerms.license, l));
        a.retrieval().ifPresent(r -> {
            w.iri(src, PL.retrievedFrom, r.url());
            w.typed(src, PL.retrieved, r.retrieved().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime);
            w.iri(src, PL.warcRecord, r.recordId());
        });
        x.author().flatMap(k -> entityIri(a, k)).ifPresent(e -> w.iri(src, PL.author, e));
        x.publisher().flatMap(k -> entityIri(a, k)).ifPresent(e -> w.iri(src, PL.publisher, e));

        for (ExtractedEntity e : x.entities()) {
            Optional<String> iri = entityIri(a, e.key());
            if (iri.isEmpty()) continue;
            w.type(iri.get(), classOf(e));
            for (TextRef m : e.mentions()) {
                String mention = iris.mention(a.id(), cp(a, m.start()), cp(a, m.end()));
                w.type(mention, PL.Mention);
                w.iri(mention, PL.mentionOf, iri.get());
                w.iri(mention, PL.span, span(w, a, m));
                w.iri(mention, PROV.wasDerivedFrom, src);
            }
        }
        for (MeetingFact m : x.meetings()) {
            Optional<String> mid = resolution.meeting(a.id(), m.key()).map(iris::meeting);
            if (mid.isEmpty()) continue;
            String meeting = mid.get();
            w.type(meeting, PL.Meeting);
            w.str(meeting, PL.altName, m.name());
            m.date().ifPresent(d -> w.date(meeting, PL.date, d));
            m.body().flatMap(k -> entityIri(a, k)).ifPresent(b -> w.iri(meeting, PL.heldBy, b));
            m.place().flatMap(k -> entityIri(a, k)).ifPresent(p -> w.iri(meeting, PL.place, p));
            w.iri(meeting, PL.span, span(w, a, m.evidence()));
            for (ParticipationFact p : x.participations()) {
                if (!p.meeting().equals(m.key())) continue;
                if (p.kind() == ParticipationKind.CHAIR) entityIri(a, p.agent()).ifPresent(c -> w.iri(meeting, PL.chair, c));
                if (p.kind() == ParticipationKind.CONVENER) entityIri(a, p.agent()).ifPresent(c -> w.iri(meeting, PL.convenedBy, c));
            }
        }
        List<RoleFact> roles = x.roles();
        for (int i = 0; i < roles.size(); i++) {
            RoleFact r = roles.get(i);
            Optional<String> holder = entityIri(a, r.holder());
            if (holder.isEmpty()) continue;
            String role = iris.role(a.id(), i);
            w.type(role, PL.Role);
            w.iri(role, PL.holder, holder.get());
            if (!r.title().isBlank()) w.str(role, PL.title, r.title());
            r.organization().flatMap(k -> entityIri(a, k)).ifPresent(o -> w.iri(role, PL.organization, o));
            w.iri(role, PL.span, span(w, a, r.evidence()));
            w.iri(role, PROV.wasDerivedFrom, src);
            for (SessionFact sf : x.sessions())
                if (sf.role() == i) w.typed(role, PL.session, Integer.toString(sf.session()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
        }
        List<MandateFact> mandates = x.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            MandateFact mf = mandates.get(i);
            Optional<String> meeting = resolution.meeting(a.id(), mf.meeting()).map(iris::meeting);
            if (meeting.isEmpty()) continue;
            // a resolution as this source reports it: {base}id/resolution/{sourceId}-{n}
            String res = iris.resolution(a.id(), i);
            w.type(res, PL.Resolution);
            w.iri(res, PL.mandates, meeting.get());
            w.date(res, PL.adoptedOn, mf.adoptedOn());
            mf.withoutVote().ifPresent(b -> w.bool(res, PL.adoptedWithoutVote, b));
            w.iri(res, PL.span, span(w, a, mf.evidence()));
            w.iri(res, PROV.wasDerivedFrom, src);
        }
        List<ParticipationFact> parts = x.participations();
        for (int i = 0; i < parts.size(); i++) {
            ParticipationFact p = parts.get(i);
            Optional<String> agent = entityIri(a, p.agent());
            Optional<String> meeting = resolution.meeting(a.id(), p.meeting()).map(iris::meeting);
            if (agent.isEmpty() || meeting.isEmpty()) continue;
            String part = iris.participation(a.id(), i);
            w.type(part, PL.Participation);
            w.iri(part, PL.participant, agent.get());
            w.iri(part, PL.meeting, meeting.get());
            w.iri(part, PL.participationRole, roleIndividual(p.kind()));
            w.iri(part, PL.span, span(w, a, p.evidence()));
            w.iri(part, PROV.wasDerivedFrom, src);
        }
        for (StatementFact s : x.statements()) {
            Optional<String> speaker = entityIri(a, s.speaker());
            if (speaker.isEmpty()) continue;
            String st = iris.statement(a.id(), cp(a, s.evidence().start()), cp(a, s.evidence().end()));
            w.type(st, PL.Statement);
            w.iri(st, PL.speaker, speaker.get());
            w.str(st, PL.text, s.text());
            w.bool(st, PL.direct, s.direct());
            s.meeting().flatMap(k -> resolution.meeting(a.id(), k)).map(iris::meeting).ifPresent(m -> w.iri(st, PL.madeAt, m));
            w.iri(st, PL.span, span(w, a, s.evidence()));
            w.iri(st, PROV.wasDerivedFrom, src);
        }
    }

    /** The span node: Web Annotation position (code points) and quote selector in one, with 32 code points of context. */
    private String span(QuadWriter w, Article a, TextRef r) {
        int start = cp(a, r.start()), end = cp(a, r.end());
        String span = iris.span(a.id(), start, end);
        String text = a.text();
        w.type(span, PL.TextSpan);
        w.type(span, OA.TextPositionSelector);
        w.type(span, OA.TextQuoteSelector);
        w.count(span, OA.start, start);
        w.count(span, OA.end, end);
        w.str(span, OA.exact, r.of(text));
        int pre = text.offsetByCodePoints(r.start(), -Math.min(CONTEXT, text.codePointCount(0, r.start())));
        int post = text.offsetByCodePoints(r.end(), Math.min(CONTEXT, text.codePointCount(r.end(), text.length())));
        if (pre < r.start()) w.str(span, OA.prefix, text.substring(pre, r.start()));
        if (post > r.end()) w.str(span, OA.suffix, text.substring(r.end(), post));
        w.iri(span, OA.hasSource, iris.source(a.id()));
        return span;
    }

    private static int cp(Article a, int charOffset) { return a.codePointOffset(charOffset); }

    private Optional<String> entityIri(Article a, String key) {
        return resolution.entity(a.id(), key).map(e -> iris.entity(e.kind(), e.id()));
    }

    private static org.apache.jena.rdf.model.Resource classOf(ExtractedEntity e) {
        return switch (e.kind()) {
            case PERSON -> PL.Person;
            case ORGANIZATION -> PL.Organization;
            case PLACE -> PL.Place;
        };
    }

    static org.apache.jena.rdf.model.Resource roleIndividual(ParticipationKind k) {
        return switch (k) {
            case CONVENER -> PL.Convener;
            case CHAIR -> PL.Chair;
            case SPEAKER -> PL.Speaker;
            case TESTIFIER -> PL.Testifier;
            case DELEGATION_HEAD -> PL.DelegationHead;
            case ATTENDEE -> PL.Attendee;
        };
    }

}
