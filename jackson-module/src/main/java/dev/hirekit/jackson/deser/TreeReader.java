package dev.hirekit.jackson.deser;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value into the format's neutral tree, without recursion (the depth is the
 * parser's {@code StreamReadConstraints}' to bound, not the stack's), refusing a field given
 * twice in one object, and never repeating the input in a message.
 */
final class TreeReader {
  private TreeReader() {}

  static Object read(JsonParser p) throws IOException {
    Deque<String> paths = new ArrayDeque<>();
    try {
      return readTokens(p, paths);
    } catch (StreamConstraintsException e) {
      throw e;
    } catch (JsonParseException e) {
      throw new JsonParseException(p, path(paths, null) + ": is not well-formed JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    }
  }

  private static Object readTokens(JsonParser p, Deque<String> paths) throws IOException {
    Deque<Object> containers = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    String name = null;
    JsonToken token = p.currentToken();
    if (token == JsonToken.FIELD_NAME) {
      containers.push(new LinkedHashMap<String, Object>());
      paths.push("$");
    }
    while (true) {
      if (token == null) {
        throw MismatchedInputException.from(p, (Class<?>) null, path(paths, name)
            + ": the document ends early");
      }
      Object value;
      switch (token) {
        case START_OBJECT:
        case START_ARRAY:
          paths.push(path(paths, name));
          names.push(name == null ? "" : name);
          containers.push(token == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>()
              : new ArrayList<>());
          name = null;
          token = p.nextToken();
          continue;
        case FIELD_NAME:
          name = p.currentName();
          @SuppressWarnings("unchecked")
          Map<String, Object> object = (Map<String, Object>) containers.peek();
          if (object.containsKey(name)) {
            throw MismatchedInputException.from(p, (Class<?>) null, path(paths, name)
                + ": the field is given twice; each field may appear once");
          }
          token = p.nextToken();
          continue;
        case END_OBJECT:
        case END_ARRAY:
          value = containers.pop();
          paths.pop();
          name = names.isEmpty() ? null : names.pop();
          break;
        case VALUE_STRING:
          value = p.getText();
          break;
        case VALUE_NUMBER_INT:
          value = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? p.getBigIntegerValue() : p.getLongValue();
          break;
        case VALUE_NUMBER_FLOAT:
          value = p.getDecimalValue();
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          value = token == JsonToken.VALUE_TRUE;
          break;
        case VALUE_NULL:
          value = null;
          break;
        default:
          throw MismatchedInputException.from(p, (Class<?>) null, path(paths, name)
              + ": holds a value JSON does not have");
      }
      if (containers.isEmpty()) {
        return value;
      }
      attach(containers.peek(), name, value);
      name = null;
      token = p.nextToken();
    }
  }

  @SuppressWarnings("unchecked")
  private static void attach(Object container, String name, Object value) {
    if (container instanceof Map) {
      ((Map<String, Object>) container).put(name, value);
    } else {
      ((List<Object>) container).add(value);
    }
  }


  private static String path(Deque<String> paths, String name) {
    String parent = paths.isEmpty() ? "$" : paths.peek();
    return name == null ? parent : parent + "." + name;
  }
}
