package dev.hirekit.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The format of a record of core (an event, a stage visit, the figures of a report): one field
 * per component, named as the component and in its order, an absent {@link Optional} left out;
 * an event's object starts with its stable {@code type} name. Reading calls the canonical
 * constructor, whose checks the record owns.
 *
 * @param <R> the record
 */
final class RecordFormat<R extends Record> {
  private final Class<R> type;
  private final String typeName;
  private final RecordComponent[] components;
  private final Constructor<R> constructor;

  private RecordFormat(Class<R> type, String typeName) {
    this.type = type;
    this.typeName = typeName;
    this.components = type.getRecordComponents();
    Class<?>[] parameters = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameters[i] = components[i].getType();
    }
    try {
      this.constructor = type.getConstructor(parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no public canonical constructor", e);
    }
  }

  /** A record written with a type name first, or without when the name is null. */
  static <R extends Record> TypeFormat<R> of(Class<R> type, String typeName) {
    RecordFormat<R> format = new RecordFormat<>(type, typeName);
    return TypeFormat.of(type, format::write, format::read);
  }

  private Object write(R value) {
    Obj obj = Obj.of();
    if (typeName != null) {
      obj.put("type", typeName);
    }
    for (RecordComponent component : components) {
      Object field = get(component.getAccessor(), value);
      Type generic = component.getGenericType();
      if (field instanceof Optional) {
        Type inner = ((ParameterizedType) generic).getActualTypeArguments()[0];
        obj.put(component.getName(), (Optional<?>) field, v -> write(inner, v));
      } else {
        obj.put(component.getName(), write(generic, field));
      }
    }
    return obj.tree();
  }

  private R read(Node node) {
    if (typeName != null) {
      String given = node.get("type", Node::text);
      if (!given.equals(typeName)) {
        throw node.field("type").problem("is not " + typeName + "; this reader reads only that"
            + " event type");
      }
    }
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Type generic = component.getGenericType();
      if (component.getType() == Optional.class) {
        Type inner = ((ParameterizedType) generic).getActualTypeArguments()[0];
        arguments[i] = node.find(component.getName(), n -> read(inner, n));
      } else {
        arguments[i] = node.get(component.getName(), n -> read(generic, n));
      }
    }
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getName() + " cannot be built", e);
    }
  }

  /**
   * Whether the paths of a map's entries name their keys: yes for ids; no for free text (a
   * rejection code may be personal data) nor enums (an unknown name is input), whose entries
   * are named by their position instead.
   */
  private static boolean namesKeys(Type key) {
    return key != String.class && !((Class<?>) key).isEnum();
  }

  private static Object get(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(accessor + " cannot be read", e);
    }
  }

  private static Object write(Type type, Object value) {
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == Map.class) {
        Map<String, Object> sorted = new TreeMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> sorted.put((String) write(arguments[0], k),
            write(arguments[1], v)));
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
      }
      List<Object> items = new ArrayList<>();
      ((Iterable<?>) value).forEach(v -> items.add(write(arguments[0], v)));
      return Collections.unmodifiableList(items);
    }
    Class<?> raw = (Class<?>) type;
    if (raw == long.class || raw == int.class || raw == Long.class || raw == Integer.class) {
      return ((Number) value).longValue();
    } else if (raw == boolean.class || raw == String.class) {
      return value;
    } else if (raw == Instant.class) {
      return Scalars.instant((Instant) value);
    } else if (raw == LocalDate.class) {
      return Scalars.date((LocalDate) value);
    } else if (raw == Duration.class) {
      return Scalars.duration((Duration) value);
    }
    return Formats.of(raw).write(value);
  }

  private static Object read(Type type, Node node) {
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == Map.class) {
        Map<Object, Object> map = new LinkedHashMap<>();
        boolean named = namesKeys(arguments[0]);
        int position = 0;
        for (String key : node.object().keySet()) {
          Node keyNode = named ? node.key(key) : node.entryKey(key, position);
          Node valueNode = named ? node.field(key) : node.entry(key, position);
          map.put(read(arguments[0], keyNode), valueNode.as(n -> read(arguments[1], n)));
          position++;
        }
        return Collections.unmodifiableMap(map);
      }
      List<Object> items = node.items(n -> read(arguments[0], n));
      return parameterized.getRawType() == List.class ? items
          : Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }
    Class<?> raw = (Class<?>) type;
    if (raw == long.class || raw == Long.class) {
      return node.whole();
    } else if (raw == int.class || raw == Integer.class) {
      return node.integer();
    } else if (raw == boolean.class) {
      return node.bool();
    } else if (raw == String.class) {
      return node.text();
    } else if (raw == Instant.class) {
      return node.instant();
    } else if (raw == LocalDate.class) {
      return node.date();
    } else if (raw == Duration.class) {
      return node.duration();
    }
    return Formats.of(raw).read(node, Loading.REPLAY);
  }
}
