package org.pyjit.tools;

/** Entry point of the {@code pyjit} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("pyjit");
    }
}
