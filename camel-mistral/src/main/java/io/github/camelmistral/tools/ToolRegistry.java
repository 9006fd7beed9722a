package io.github.camelmistral.tools;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The {@code mistral:tool} routes of one component (so of one CamelContext), by name. */
public final class ToolRegistry {

    private final Map<String, ToolConsumer> tools = new ConcurrentHashMap<>();

    void register(ToolConsumer tool) {
        ToolConsumer earlier = tools.putIfAbsent(tool.definition().name(), tool);
        if (earlier != null && earlier != tool) {
            throw new IllegalStateException("Two mistral:tool routes are named '" + tool.definition().name()
                                            + "' (" + earlier.getEndpoint().getEndpointUri() + " and "
                                            + tool.getEndpoint().getEndpointUri() + "); tool names must be unique in "
                                            + "a CamelContext");
        }
    }

    void unregister(ToolConsumer tool) {
        tools.remove(tool.definition().name(), tool);
    }

    /** The tool routes named, or all of them for {@code *}; an unknown name fails, listing the known ones. */
    public List<ToolConsumer> resolve(List<String> names, String action) {
        if (names.size() == 1 && names.get(0).equals("*")) {
            return List.copyOf(tools.values());
        }
        return names.stream().map(name -> {
            ToolConsumer tool = tools.get(name);
            if (tool == null) {
                throw new IllegalArgumentException(action + " tools names '" + name + "', but no started mistral:tool "
                                                   + "route has that name; the tools are " + names());
            }
            return tool;
        }).toList();
    }

    /** The tool route of {@code name}, or null. */
    public ToolConsumer find(String name) {
        return tools.get(name);
    }

    public TreeSet<String> names() {
        return new TreeSet<>(tools.keySet());
    }
}
