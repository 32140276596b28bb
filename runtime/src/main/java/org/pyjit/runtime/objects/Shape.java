package org.pyjit.runtime.objects;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hidden class: the ordered attribute names of an instance in slot mode. Shapes form a tree of
 * transitions from {@link #EMPTY}, so objects that gain the same attributes in the same order share
 * one shape, and an inline cache can guard on it and load by index.
 */
public final class Shape {
    /** Past this many attributes an object switches to dict mode. */
    static final int MAX_ATTRIBUTES = 64;

    public static final Shape EMPTY = new Shape(new String[0]);

    private final String[] names;
    private final ConcurrentHashMap<String, Shape> transitions = new ConcurrentHashMap<>();

    private Shape(String[] names) {
        this.names = names;
    }

    /** Index of {@code name} in the slots, or -1. */
    public int indexOf(String name) {
        String[] n = names;
        for (int i = 0; i < n.length; i++) {
            if (n[i] == name || n[i].equals(name)) return i;
        }
        return -1;
    }

    public int size() {
        return names.length;
    }

    /** The names in slot order (a copy). */
    public String[] names() {
        return names.clone();
    }

    /** The shape with {@code name} appended, or null when the object should go to dict mode. */
    public Shape withAttribute(String name) {
        if (names.length >= MAX_ATTRIBUTES) return null;
        return transitions.computeIfAbsent(name, n -> {
            String[] more = Arrays.copyOf(names, names.length + 1);
            more[names.length] = n;
            return new Shape(more);
        });
    }
}
