package org.plenary.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.EntityKind;
import org.plenary.extract.ExtractedEntity;
import org.plenary.extract.StatementFact;
import org.plenary.extract.TextRef;
import org.plenary.ingest.Article;

/**
 * A stand-in for the CoreNLP extractor, so that build tests run in milliseconds: "First Last said that ..." gives a
 * person and a reported statement. Counts the articles it is asked to extract.
 */
final class NameExtractor implements Function<Article, ArticleExtraction> {
    private static final Pattern SAID = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+) said that ([^.\\n]+)");

    final ConcurrentLinkedQueue<String> extracted = new ConcurrentLinkedQueue<>();

    @Override
    public ArticleExtraction apply(Article a) {
        extracted.add(a.fileName());
        List<ExtractedEntity> entities = new ArrayList<>();
        List<StatementFact> statements = new ArrayList<>();
        Matcher m = SAID.matcher(a.text());
        while (m.find()) {
            String key = "person:" + m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (entities.stream().noneMatch(e -> e.key().equals(key)))
                entities.add(new ExtractedEntity(key, EntityKind.PERSON, m.group(1), List.of(), List.of(new TextRef(m.start(1), m.end(1)))));
            statements.add(new StatementFact(key, m.group(2), false, new TextRef(m.start(2), m.end(2)), Optional.empty(), 0.9));
        }
        return new ArticleExtraction(a, entities, List.of(), List.of(), List.of(), statements, Optional.empty(), Optional.empty());
    }

    List<String> drain() {
        List<String> out = new ArrayList<>(extracted);
        extracted.clear();
        return out.stream().sorted().toList();
    }
}
