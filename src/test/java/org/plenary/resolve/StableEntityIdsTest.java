package org.plenary.resolve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.EntityKind;
import org.plenary.extract.ExtractedEntity;
import org.plenary.ingest.Article;
import org.plenary.it.SeedCorpus;

/**
 * An entity keeps its id when other articles change (issue #7, item 4: unchanged articles keep their IRIs), on the real
 * seed extractions, whose two articles spell the same person differently.
 */
class StableEntityIdsTest {
    private final EntityResolver resolver = new EntityResolver(NameMatcher.standard());

    @Test
    void anEntityKeepsItsIdWhenTheSpellingMostArticlesUseChanges() {
        List<ArticleExtraction> seeds = SeedCorpus.get().result.extractions();
        Resolution before = resolver.resolve(seeds);
        // A person both articles name, spelled differently: the preferred (and id) spelling wins a tie today.
        ResolvedEntity person = before.distinctEntities().stream()
                .filter(e -> e.kind() == EntityKind.PERSON && new java.util.HashSet<>(spellings(e, seeds).values()).size() == 2)
                .findFirst().orElseThrow(() -> new AssertionError("the seeds spell no person two ways"));
        Map<String, String> spelling = spellings(person, seeds);
        String loser = spelling.entrySet().stream().filter(en -> !en.getValue().equals(person.name()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();

        // A third article spelling it as the losing article does: that spelling now wins, and the id follows it.
        List<ArticleExtraction> three = new ArrayList<>(seeds);
        three.add(copy(seeds.stream().filter(a -> a.article().id().equals(loser)).findFirst().orElseThrow(), "zz-third-article"));
        Resolution withThird = resolver.resolve(three);
        String id = idOf(withThird, loser, spelling.get(loser), seeds);
        assertNotEquals(person.id(), id, "a majority of spellings picks the id when nothing is known");

        // The third article is removed again: minted afresh the id would flip back; kept, it does not.
        assertEquals(person.id(), idOf(resolver.resolve(seeds), loser, spelling.get(loser), seeds));
        Resolution kept = resolver.resolve(seeds, KnownIds.of(withThird, three));
        assertEquals(id, idOf(kept, loser, spelling.get(loser), seeds));
        for (String source : spelling.keySet())
            assertEquals(id, idOf(kept, source, spelling.get(source), seeds), "every article's mention keeps the id");
    }

    @Test
    void knownIdsSurviveTheirFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        List<ArticleExtraction> seeds = SeedCorpus.get().result.extractions();
        KnownIds ids = KnownIds.of(resolver.resolve(seeds), seeds);
        assertFalse(ids.byMention().isEmpty());
        ids.write(tmp.resolve("ids.tsv"));
        assertEquals(ids, KnownIds.read(tmp.resolve("ids.tsv")));
        java.nio.file.Files.writeString(tmp.resolve("other.tsv"), "not ids\n");
        assertEquals(KnownIds.NONE, KnownIds.read(tmp.resolve("other.tsv")));
        assertEquals(KnownIds.NONE, KnownIds.read(tmp.resolve("missing.tsv")));
    }

    /** The name each article gives the entity, by article id. */
    private static Map<String, String> spellings(ResolvedEntity e, List<ArticleExtraction> articles) {
        return e.members().stream().collect(Collectors.toMap(EntityRef::sourceId,
                m -> entity(articles, m.sourceId(), m.key()).map(ExtractedEntity::name).orElseThrow(), (a, b) -> a));
    }

    private static Optional<ExtractedEntity> entity(List<ArticleExtraction> articles, String source, String key) {
        return articles.stream().filter(a -> a.article().id().equals(source)).flatMap(a -> a.entities().stream())
                .filter(x -> x.key().equals(key)).findFirst();
    }

    /** The id given to the entity named {@code name} in article {@code source}. */
    private static String idOf(Resolution r, String source, String name, List<ArticleExtraction> articles) {
        ExtractedEntity e = articles.stream().filter(a -> a.article().id().equals(source)).flatMap(a -> a.entities().stream())
                .filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return r.entity(source, e.key()).orElseThrow().id();
    }

    private static ArticleExtraction copy(ArticleExtraction x, String id) {
        Article a = x.article();
        Article renamed = new Article(id, id + ".txt", a.text(), a.sha256(), a.metadata(), a.segments());
        return new ArticleExtraction(renamed, x.entities(), x.meetings(), x.roles(), x.participations(), x.statements(),
                x.author(), x.publisher(), x.mandates(), x.sessions());
    }
}
