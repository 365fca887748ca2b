package org.plenary.build;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Records of strings, numbers, booleans, enums, {@link Optional}s, {@link List}s and other such records to JSON and
 * back, by their components: the extraction records stay plain values with no serialization code of their own, and
 * a record whose shape changed fails to decode (a cache miss) instead of decoding wrongly.
 */
final class RecordJson {
    private RecordJson() {}

    static JsonValue encode(Object value) {
        if (value == null) return JsonNull.instance;
        if (value instanceof String s) return new org.apache.jena.atlas.json.JsonString(s);
        if (value instanceof Boolean b) return new org.apache.jena.atlas.json.JsonBoolean(b);
        if (value instanceof Integer || value instanceof Long) return JsonNumber.value(((Number) value).longValue());
        if (value instanceof Double d) return JsonNumber.value(d);
        if (value instanceof Enum<?> e) return new org.apache.jena.atlas.json.JsonString(e.name());
        if (value instanceof Optional<?> o) {
            JsonArray a = new JsonArray();
            o.ifPresent(v -> a.add(encode(v)));
            return a;
        }
        if (value instanceof List<?> l) {
            JsonArray a = new JsonArray();
            for (Object v : l) a.add(encode(v));
            return a;
        }
        if (value.getClass().isRecord()) {
            JsonObject o = new JsonObject();
            for (RecordComponent c : value.getClass().getRecordComponents()) o.put(c.getName(), encode(get(c, value)));
            return o;
        }
        throw new IllegalArgumentException("cannot encode " + value.getClass().getName());
    }

    /** Decodes {@code json} as a value of {@code type}; throws {@link IllegalArgumentException} when it does not fit. */
    static Object decode(JsonValue json, Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            JsonArray a = array(json);
            if (raw == Optional.class) {
                if (a.size() > 1) throw new IllegalArgumentException("optional with " + a.size() + " values");
                return a.isEmpty() ? Optional.empty() : Optional.of(decode(a.get(0), arg));
            }
            if (raw == List.class) {
                List<Object> out = new ArrayList<>(a.size());
                for (JsonValue v : a) out.add(decode(v, arg));
                return out;
            }
            throw new IllegalArgumentException("cannot decode " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) return string(json);
        if (c == boolean.class || c == Boolean.class) {
            if (!json.isBoolean()) throw new IllegalArgumentException("not a boolean: " + json);
            return json.getAsBoolean().value();
        }
        if (c == int.class || c == Integer.class) return number(json).intValue();
        if (c == long.class || c == Long.class) return number(json).longValue();
        if (c == double.class || c == Double.class) return number(json).doubleValue();
        if (c.isEnum()) return enumValue(c, string(json));
        if (c.isRecord()) return record(json, c);
        throw new IllegalArgumentException("cannot decode " + c.getName());
    }

    private static Object record(JsonValue json, Class<?> c) {
        if (!json.isObject()) throw new IllegalArgumentException("not an object for " + c.getSimpleName());
        JsonObject o = json.getAsObject();
        RecordComponent[] components = c.getRecordComponents();
        if (o.keys().size() != components.length) throw new IllegalArgumentException("fields differ for " + c.getSimpleName());
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            if (!o.hasKey(rc.getName())) throw new IllegalArgumentException("no " + rc.getName() + " for " + c.getSimpleName());
            args[i] = decode(o.get(rc.getName()), rc.getGenericType());
            types[i] = rc.getType();
        }
        try {
            Constructor<?> k = c.getDeclaredConstructor(types);
            k.setAccessible(true);
            return k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make " + c.getSimpleName() + ": " + e, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> c, String name) {
        return Enum.valueOf((Class) c, name);
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonArray array(JsonValue json) {
        if (!json.isArray()) throw new IllegalArgumentException("not an array: " + json);
        return json.getAsArray();
    }

    private static String string(JsonValue json) {
        if (!json.isString()) throw new IllegalArgumentException("not a string: " + json);
        return json.getAsString().value();
    }

    private static Number number(JsonValue json) {
        if (!json.isNumber()) throw new IllegalArgumentException("not a number: " + json);
        return json.getAsNumber().value();
    }
}
