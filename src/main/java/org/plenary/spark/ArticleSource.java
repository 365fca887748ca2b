package org.plenary.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.plenary.build.PlenaryException;
import org.plenary.ingest.ArticleFormat;
import org.plenary.ingest.SourceCatalogue;

/**
 * An articles folder on any file system Hadoop reaches (a local folder, HDFS, S3 through s3a), listed on the driver
 * with the rules of the single-machine build: the folder's own files in name order, hidden files and other formats
 * named as skipped, and its catalogue ({@code sources.ttl} in it, else in its parent).
 */
record ArticleSource(String folder, List<String> files, List<String> skipped, Catalogue catalogue) {

    /** A catalogue's bytes as the driver read them, to be parsed once on each executor. */
    record Catalogue(String name, byte[] turtle, byte[] digest) implements Serializable {}

    static ArticleSource list(String folder, Configuration conf) {
        Path dir = new Path(folder);
        try {
            FileSystem fs = dir.getFileSystem(conf);
            FileStatus[] entries;
            try {
                entries = fs.listStatus(dir);
            } catch (FileNotFoundException e) {
                throw new PlenaryException("--articles " + folder + ": not a directory");
            }
            if (!fs.getFileStatus(dir).isDirectory()) throw new PlenaryException("--articles " + folder + ": not a directory");
            List<String> files = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            List<FileStatus> sorted = new ArrayList<>(List.of(entries));
            sorted.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            for (FileStatus s : sorted) {
                String name = s.getPath().getName();
                if (name.equals(SourceCatalogue.FILE_NAME)) continue;
                java.nio.file.Path asLocal = java.nio.file.Path.of(name);
                if (s.isDirectory()) skipped.add(s.getPath() + ": a folder (articles are read from the folder itself, not from folders in it)");
                else if (name.startsWith(".")) skipped.add(s.getPath() + ": a hidden file");
                else if (ArticleFormat.of(asLocal).isEmpty()) skipped.add(s.getPath() + ": not an article (" + ArticleFormat.supported() + ")");
                else files.add(s.getPath().toString());
            }
            return new ArticleSource(folder, files, skipped, catalogue(fs, fs.getFileStatus(dir).getPath()));
        } catch (IOException e) {
            throw new PlenaryException("--articles " + folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static Catalogue catalogue(FileSystem fs, Path dir) throws IOException {
        for (Path candidate : dir.getParent() == null ? List.of(new Path(dir, SourceCatalogue.FILE_NAME))
                : List.of(new Path(dir, SourceCatalogue.FILE_NAME), new Path(dir.getParent(), SourceCatalogue.FILE_NAME))) {
            if (!fs.exists(candidate) || !fs.getFileStatus(candidate).isFile()) continue;
            byte[] turtle;
            try (InputStream in = fs.open(candidate)) {
                turtle = in.readAllBytes();
            }
            String name = candidate.toUri().getPath();
            SourceCatalogue.load(java.nio.file.Path.of(name), turtle); // a bad catalogue stops the job here, named once
            return new Catalogue(name, turtle, sha256(turtle));
        }
        return null;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
