package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.ArticleExtractor;
import org.plenary.extract.EntityKind;
import org.plenary.extract.NlpPipeline;
import org.plenary.extract.StatementFact;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/**
 * Found by {@link MutatedArticleProperties} (seed 20250520): three lines of an evaluation article, where "They
 * expressed concern over the devastating Horn of Africa drought" came out as a statement whose speaker is the
 * place "Horn", which the shapes reject (a speaker is a person or an organization), failing the whole build.
 */
class SpeakerKindTest {
    @TempDir Path tmp;

    static final String TEXT = """
            Mr. Sullivan and President Hassan Sheikh discussed the importance of political reconciliation in Somalia, particularly the renewed coordination between the Federal Government of Somalia and Federal Member States to improve governance, law enforcement, service delivery, and security for the Somali people.
            They expressed concern over the devastating Horn of Africa drought, which is impacting Somalis most acutely, and emphasized the urgent need for additional humanitarian aid.  U.S. funding to address drought in Somalia is more than $706 million this fiscal year alone, representing more than half of all humanitarian funding to Somalia.
            Mr. Sullivan and President Hassan Sheikh underscored the close friendship and cooperation between the United States and Somalia and expressed commitment to reinforce our joint efforts in strengthening Somalia’s capabilities to counter al-Shabaab and build a future that meets the needs of the Somali people.
            ###
            """;

    @Test
    void noStatementIsAttributedToAPlace() throws Exception {
        Path file = Files.writeString(tmp.resolve("readout.txt"), TEXT);
        ArticleExtraction x = new ArticleExtractor(NlpPipeline.shared())
                .extract(new ArticleReader(SourceCatalogue.empty()).read(file));
        for (StatementFact s : x.statements()) {
            EntityKind kind = x.entity(s.speaker()).map(e -> e.kind()).orElse(null);
            assertNotEquals(EntityKind.PLACE, kind, "statement \"" + s.text() + "\" attributed to the place " + s.speaker());
        }
    }
}
