package org.plenary.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The cached entity data of Wikidata items ({@code data/wikidata/cache/{qid}.json}): one item each, as
 * {@code Special:EntityData/{qid}.json} or {@code wbgetentities} returns it ({@code {"entities":{"Q..":{...}}}}, the
 * same canonical Wikibase JSON). Read offline by the build; only {@code plenary link --online} fills it.
 */
public final class EntityDataCache {
    private static final String ENTITY_DATA = "https://www.wikidata.org/wiki/Special:EntityData/";

    private final Path dir;

    private EntityDataCache(Path dir) { this.dir = dir; }

    /** The cache in {@code dir}; a directory that does not exist is an empty cache. */
    public static EntityDataCache at(Path dir) { return new EntityDataCache(dir); }

    /** The cache beside a link table: {@code cache/} in the table's folder. */
    public static EntityDataCache besideTable(Path linkTable) {
        Path parent = linkTable.toAbsolutePath().getParent();
        return new EntityDataCache(parent.resolve("cache"));
    }

    public Path dir() { return dir; }

    /**
     * An item read from the cache, with the address of the response it was read from.
     *
     * @param source the EntityData address of the cached revision ({@code ?revision=} when the response names it)
     */
    public record CachedItem(WikidataItem item, String source) {}

    /**
     * The item {@code qid} in {@code language}, or empty when the cache has no file for it. A file that is not
     * entity data of that item is an {@link EntityDataException} naming the file.
     */
    public Optional<CachedItem> item(String qid, String language) {
        Path file = dir.resolve(qid + ".json");
        if (!Files.isRegularFile(file)) return Optional.empty();
        JsonObject doc;
        try {
            doc = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EntityDataException(file + ": cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) { // a JsonException, or an NPE from Jena's JSON parser on truncated input
            throw new EntityDataException(file + ": not JSON" + (e instanceof org.apache.jena.atlas.json.JsonException ? ": " + e.getMessage() : ""), e);
        }
        JsonObject entities = WikidataClient.obj(doc, "entities");
        if (entities == null) throw new EntityDataException(file + ": no \"entities\" object (expected Special:EntityData or wbgetentities JSON)");
        JsonObject entity = WikidataClient.obj(entities, qid);
        // Special:EntityData follows a redirect: the response for a merged item holds only the item it now is.
        if (entity == null && entities.keys().size() == 1) {
            JsonValue only = entities.get(entities.keys().iterator().next());
            entity = only.isObject() ? only.getAsObject() : null;
        }
        if (entity == null || entity.hasKey("missing") || WikidataClient.str(entity, "id") == null)
            throw new EntityDataException(file + ": no entity " + qid + " in \"entities\"");
        WikidataItem item = WikidataItem.of(entity, language);
        JsonValue rev = entity.get("lastrevid");
        String source = ENTITY_DATA + item.qid() + ".json"
                + (rev != null && rev.isNumber() ? "?revision=" + rev.getAsNumber().value() : "");
        return Optional.of(new CachedItem(item, source));
    }

    /** A cache file that cannot be read as the entity data of its item; the message names the file. */
    public static final class EntityDataException extends RuntimeException {
        public EntityDataException(String message) { super(message); }
        public EntityDataException(String message, Throwable cause) { super(message, cause); }
    }
}
