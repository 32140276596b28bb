package org.pyjit.objcache.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rediss://}: a redis-server with a TLS port and a self-signed certificate (made with the
 * JDK's keytool), and pyjit in a child JVM that trusts it (and one that does not).
 */
class TlsRedisTest {
    @TempDir
    Path dir;

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Starts the child JVM of the "share" scenario with {@code jvmOptions}; returns its output. */
    private List<String> share(String url, Path key, Path work, String... jvmOptions) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.pyjit.objcache.CacheChildMain",
                "share", work.toString(), url, key.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    @Test
    void entriesAreSharedOverTlsWithACertificateTheJvmTrusts() throws Exception {
        Path server = dir.resolve("server.p12");
        run(keytool(), "-genkeypair", "-alias", "redis", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", server.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(server)) {
            store.load(in, "changeit".toCharArray());
        }
        Path certPem = dir.resolve("cert.pem");
        Path keyPem = dir.resolve("key.pem");
        Files.writeString(certPem, pem("CERTIFICATE", store.getCertificate("redis").getEncoded()));
        Files.writeString(keyPem, pem("PRIVATE KEY", store.getKey("redis", "changeit".toCharArray()).getEncoded()));
        Path trust = dir.resolve("trust.p12");
        run(keytool(), "-importcert", "-noprompt", "-alias", "redis", "-file", certPem.toString(), "-keystore",
                trust.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        Path key = dir.resolve("key");
        Files.writeString(key, "a fleet secret for the TLS test\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        int tlsPort = RedisServer.freePort();
        try (RedisServer redis = RedisServer.start(dir.resolve("redis"), "--tls-port", Integer.toString(tlsPort),
                "--tls-cert-file", certPem.toString(), "--tls-key-file", keyPem.toString(), "--tls-auth-clients", "no")) {
            String url = "rediss://127.0.0.1:" + tlsPort + "/0";
            List<String> trusted = share(url, key, dir.resolve("trusted"),
                    "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=changeit");
            assertTrue(trusted.contains("FOUND true"), trusted.toString());
            assertTrue(trusted.stream().noneMatch(l -> l.startsWith("WARNING")), trusted.toString());
            assertEquals(1, redis.objectKeys(0).size(), "stored through the TLS port");

            // without the certificate in its trust store the client refuses the server: a miss, never a failure
            List<String> untrusted = share(url, key, dir.resolve("untrusted"));
            assertTrue(untrusted.contains("FOUND false"), untrusted.toString());
        }
    }
}
