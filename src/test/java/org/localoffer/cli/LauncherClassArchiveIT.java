package org.localoffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.testing.LauncherStandIn;

/**
 * The {@code ./localoffer} launcher makes its class-data archive again whenever Java would refuse the old one:
 * for a new jar, for another Java, and for new copies of the library jars (a Maven build rewrote one, and every build after it
 * ran without the archive, about 0.6 s slower, without a word). Runs the real script on a stand-in jar.
 */
class LauncherClassArchiveIT {

    private record Run(String out, String err) {
    }

    @Test
    void theArchiveIsMadeOnceAndAgainForANewJarLibraryJarOrJava(@TempDir Path root) throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        Files.copy(Path.of("localoffer"), root.resolve("localoffer"));
        Files.createDirectories(root.resolve("src/main"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Path lib = Files.createDirectories(root.resolve("target/lib")).resolve("library.jar");
        writeJar(lib, null);
        writeJar(root.resolve("target/localoffer.jar"), "lib/library.jar");
        // Compiled after its sources, as Maven leaves them, so the launcher does not call Maven.
        for (Path p : List.of(root.resolve("src/main"), root.resolve("pom.xml"), lib)) {
            Files.setLastModifiedTime(p, FileTime.from(past));
        }
        Files.setLastModifiedTime(root.resolve("target/localoffer.jar"), FileTime.from(past.plusSeconds(60)));

        Run first = launch(root);
        assertTrue(first.err().contains("localoffer: preparing a class archive"), first.err());
        assertEquals("ran: --help\n", first.out());
        assertTrue(Files.isRegularFile(root.resolve("target/localoffer.jsa")), "the archive is made");

        Run second = launch(root);
        assertFalse(second.err().contains("preparing a class archive"), second.err());
        assertEquals("ran: --help\n", second.out());

        Files.setLastModifiedTime(lib, FileTime.from(Instant.now().plusSeconds(5)));
        Run afterLibraryCopied = launch(root);
        assertTrue(afterLibraryCopied.err().contains("localoffer: preparing a class archive"), afterLibraryCopied.err());

        Files.setLastModifiedTime(root.resolve("target/localoffer.jar"), FileTime.from(Instant.now().plusSeconds(10)));
        Run afterJarRebuilt = launch(root);
        assertTrue(afterJarRebuilt.err().contains("localoffer: preparing a class archive"), afterJarRebuilt.err());
        assertEquals("ran: --help\n", afterJarRebuilt.out());

        // The archive was made by another Java (one since upgraded or switched): Java would refuse it too.
        Path made = root.resolve("target/localoffer.jsa.made");
        String java = Files.readString(made);
        assertTrue(java.startsWith("/") && java.contains("java"), java);
        Files.writeString(made, "/usr/lib/jvm/another-java/bin/java 1\n");
        for (Path p : List.of(lib, root.resolve("target/localoffer.jar"))) {
            Files.setLastModifiedTime(p, FileTime.from(past.plusSeconds(60))); // only Java has changed
        }
        Run afterJavaChanged = launch(root);
        assertTrue(afterJavaChanged.err().contains("localoffer: preparing a class archive"), afterJavaChanged.err());
        assertEquals(java, Files.readString(made));
        assertFalse(launch(root).err().contains("preparing a class archive"));
    }

    private static Run launch(Path root) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("localoffer").toString(), "--help")
                .directory(root.toFile());
        builder.environment().remove("JAVA_OPTS");
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not end");
        Run run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue(), run.out() + run.err());
        return run;
    }

    /** A jar holding {@link LauncherStandIn}; with {@code classPath}, its manifest names it as the main class. */
    private static void writeJar(Path jar, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherStandIn.class.getName());
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        String entry = LauncherStandIn.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = LauncherStandIn.class.getResourceAsStream("/" + entry)) {
            if (classPath != null) {
                out.putNextEntry(new JarEntry(entry));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
