package org.casemgmt.referral.directory;

import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Names the properties of the directory's bodies in the OpenAPI document as they are on the wire, in HSDS's
 * snake_case. springdoc reads types with Jackson 2, which does not see Jackson 3's {@link JsonNaming}, and would
 * document them under their Java names.
 */
@Component
class HsdsSchemaNames implements ModelConverter {

    private static final SnakeCase SNAKE_CASE = new SnakeCase();

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema != null && isSnakeCase(type.getType())) {
            // A body is resolved as a reference to its model, which the context keeps under its name.
            String ref = schema.get$ref();
            rename(ref == null ? schema : context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return schema;
    }

    /** Idempotent: a snake_case name stays as it is. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void rename(Schema model) {
        if (model == null || model.getProperties() == null) {
            return;
        }
        Map<String, Schema> named = new LinkedHashMap<>();
        ((Map<String, Schema>) model.getProperties()).forEach((name, property) -> named.put(SNAKE_CASE.of(name),
                property));
        model.setProperties(named);
        List<String> required = model.getRequired();
        if (required != null) {
            model.setRequired(required.stream().map(SNAKE_CASE::of).toList());
        }
    }

    private static boolean isSnakeCase(Type type) {
        Class<?> raw = type instanceof Class<?> plain ? plain
                : type instanceof com.fasterxml.jackson.databind.JavaType javaType ? javaType.getRawClass() : null;
        JsonNaming naming = raw == null ? null : raw.getAnnotation(JsonNaming.class);
        return naming != null && naming.value() == PropertyNamingStrategies.SnakeCaseStrategy.class;
    }

    /** Jackson's own translation, so the document says exactly what the wire carries. */
    private static final class SnakeCase extends PropertyNamingStrategies.SnakeCaseStrategy {

        String of(String name) {
            return translate(name);
        }
    }
}
