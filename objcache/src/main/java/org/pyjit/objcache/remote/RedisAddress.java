package org.pyjit.objcache.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the remote tier's Redis is: {@code redis://[user[:password]@]host[:port][/db]}, or
 * {@code rediss://} for TLS (the JDK's trust store checks the server's certificate and host name).
 *
 * @param host     host name or address
 * @param port     TCP port (default 6379)
 * @param database logical database number (default 0)
 * @param tls      whether to speak TLS
 * @param user     ACL user name, or {@code null}
 * @param password password, or {@code null}
 */
public record RedisAddress(String host, int port, int database, boolean tls, String user, String password) {

    /**
     * Parses {@code url}.
     *
     * @throws IllegalArgumentException with a message fit for the user if it is not a Redis URL
     */
    public static RedisAddress parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("redis") || scheme.equals("rediss"))) {
            throw new IllegalArgumentException("the URL must start with redis:// or rediss://");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the URL names no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() < 0 ? 6379 : uri.getPort();
        int database = 0;
        String path = uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            try {
                database = Integer.parseInt(path.substring(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the URL's path must be a database number, not " + path);
            }
            if (database < 0) {
                throw new IllegalArgumentException("the database number cannot be negative");
            }
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                password = decode(userInfo); // redis://secret@host: a password without a user
            } else {
                user = colon == 0 ? null : decode(userInfo.substring(0, colon));
                password = decode(userInfo.substring(colon + 1));
            }
        }
        return new RedisAddress(host, port, database, scheme.equals("rediss"), user, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** This address with {@code newPassword} (from a password file) unless the URL gave one. */
    public RedisAddress withPasswordIfAbsent(String newPassword) {
        return password != null ? this : new RedisAddress(host, port, database, tls, user, newPassword);
    }

    /** {@code redis://host:port/db}, without credentials, for messages. */
    public String display() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "rediss://" : "redis://") + h + ":" + port + "/" + database;
    }
}
