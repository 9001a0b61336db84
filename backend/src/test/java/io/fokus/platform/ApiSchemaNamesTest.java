package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.WebTestSupport;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document names a schema by its class's simple name, so two request or response types of the same simple
 * name (a settings request of tenants and one of complaints) silently become one schema, and the document, the
 * generated frontend types and every API client get one of them wrong. Every type the API reads or writes, followed
 * through its record components, has a simple name of its own.
 */
class ApiSchemaNamesTest extends WebTestSupport {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyTypeTheApiReadsOrWritesHasASimpleNameOfItsOwn() {
    Deque<Type> pending = new ArrayDeque<>();
    for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
      if (!handler.getBeanType().getPackageName().startsWith("io.fokus")) {
        continue;
      }
      pending.add(handler.getMethod().getGenericReturnType());
      for (var parameter : handler.getMethodParameters()) {
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
          pending.add(parameter.getGenericParameterType());
        }
      }
    }
    Map<String, Set<String>> classesByName = new TreeMap<>();
    Set<Class<?>> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType p) {
        pending.addAll(List.of(p.getActualTypeArguments()));
        type = p.getRawType();
      }
      if (!(type instanceof Class<?> c) || !seen.add(c) || !c.getName().startsWith("io.fokus")) {
        continue;
      }
      classesByName.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>()).add(c.getName());
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          pending.add(component.getGenericType());
        }
      }
    }
    assertThat(classesByName).isNotEmpty();
    assertThat(classesByName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
        .as("API types sharing a simple name (rename one)").isEmpty();
  }
}
