package org.plenary.link;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The parts of a {@code wbgetentities} entity that linking needs.
 *
 * @param instanceOf the item ids of its P31 (instance of) statements, deprecated ones left out
 * @param json       the entity object as received, kept for the cache
 */
public record WikidataItem(String qid, String label, List<String> aliases, String description,
                           List<String> instanceOf, JsonObject json) {

    /** Reads one entity object of {@code {"entities":{"Q..":{...}}}} in the given language. */
    public static WikidataItem of(JsonObject entity, String language) {
        String qid = str(entity, "id");
        String label = monolingual(obj(entity, "labels"), language);
        String description = monolingual(obj(entity, "descriptions"), language);
        List<String> aliases = new ArrayList<>();
        JsonObject aliasObj = obj(entity, "aliases");
        if (aliasObj != null && aliasObj.hasKey(language) && aliasObj.get(language).isArray())
            for (JsonValue a : aliasObj.get(language).getAsArray())
                aliases.add(str(a.getAsObject(), "value"));
        List<String> p31 = new ArrayList<>();
        JsonObject claims = obj(entity, "claims");
        if (claims != null && claims.hasKey("P31") && claims.get("P31").isArray())
            for (JsonValue st : claims.get("P31").getAsArray()) {
                JsonObject s = st.getAsObject();
                if ("deprecated".equals(str(s, "rank"))) continue;
                JsonObject snak = obj(s, "mainsnak");
                if (snak == null || obj(snak, "datavalue") == null) continue;   // somevalue / novalue snaks
                JsonValue v = obj(snak, "datavalue").get("value");
                if (v != null && v.isObject() && str(v.getAsObject(), "id") != null) p31.add(str(v.getAsObject(), "id"));
            }
        return new WikidataItem(qid, label == null ? qid : label, List.copyOf(aliases), description, List.copyOf(p31), entity);
    }

    private static String monolingual(JsonObject byLanguage, String language) {
        if (byLanguage == null || !byLanguage.hasKey(language)) return null;
        return str(obj(byLanguage, language), "value");
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(label);
        names.addAll(aliases);
        return names;
    }

    // JSON member access shared with the client
    static String str(JsonObject o, String key) { return WikidataClient.str(o, key); }

    static JsonObject obj(JsonObject o, String key) { return WikidataClient.obj(o, key); }
}
