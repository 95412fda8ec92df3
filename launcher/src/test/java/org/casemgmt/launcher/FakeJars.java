package org.casemgmt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Small executable jars made of test classes, standing in for the service jars. */
final class FakeJars {

    private FakeJars() {
    }

    /** Writes an executable jar that runs {@code mainClass}, holding it and the classes it uses. */
    static Path write(Path jar, Class<?> mainClass, Class<?>... classesItUses) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Class<?> type : Stream.concat(Stream.of(mainClass), Stream.of(classesItUses)).toList()) {
                String classFile = type.getName().replace('.', '/') + ".class";
                try (InputStream classBytes = type.getClassLoader().getResourceAsStream(classFile)) {
                    jarOut.putNextEntry(new JarEntry(classFile));
                    classBytes.transferTo(jarOut);
                    jarOut.closeEntry();
                }
            }
        }
        return jar;
    }
}
