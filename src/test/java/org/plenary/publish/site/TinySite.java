package org.plenary.publish.site;

import java.nio.file.Path;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/** The tiny corpus published in a real TDB2 database under {@code dir} and served on a free loopback port. */
record TinySite(PlenaryDatabase db, PlenaryServer server) implements AutoCloseable {
    static TinySite start(Path dir) {
        PlenaryDatabase db = PlenaryDatabase.at(dir.resolve("db"));
        db.replace(TinyCorpus::write);
        PlenaryServer server = PlenaryServer.create().database(db).port(0).loopback(true).base(TinyCorpus.BASE).build().start();
        return new TinySite(db, server);
    }

    @Override
    public void close() {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
    }
}
