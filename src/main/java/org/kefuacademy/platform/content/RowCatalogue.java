package org.kefuacademy.platform.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.jpa.repository.JpaRepository;

/** The {@link ContentSync.Catalogue} of a kind whose rows extend {@link CatalogueRow}: only describing a row differs. */
public final class RowCatalogue<T, R extends CatalogueRow> implements ContentSync.Catalogue<T> {

    /** Writes a parsed item's description into its row and points the row at the stored version. */
    @FunctionalInterface
    public interface Describer<T, R> {
        void describe(R row, T item, long versionId, Instant now);
    }

    private final JpaRepository<R, String> rows;
    private final Function<String, R> newRow;
    private final Supplier<List<R>> activeRows;
    private final Describer<T, R> describer;

    public RowCatalogue(JpaRepository<R, String> rows, Function<String, R> newRow, Supplier<List<R>> activeRows,
                        Describer<T, R> describer) {
        this.rows = rows;
        this.newRow = newRow;
        this.activeRows = activeRows;
        this.describer = describer;
    }

    @Override
    public Optional<String> activeFileHash(String key) {
        return rows.findById(key).filter(CatalogueRow::isActive).map(CatalogueRow::getFileHash);
    }

    @Override
    public boolean known(String key) {
        return rows.existsById(key);
    }

    @Override
    public void store(ContentSync.Parsed<T> parsed, StoredVersion version, String fileHash, Instant now) {
        R row = rows.findById(parsed.key()).orElseGet(() -> newRow.apply(parsed.key()));
        describer.describe(row, parsed.item(), version.id(), now);
        row.fileSynced(fileHash);
        rows.save(row);
    }

    @Override
    public List<String> activeKeys() {
        return activeRows.get().stream().map(CatalogueRow::key).toList();
    }

    @Override
    public void retire(String key, Instant now) {
        rows.findById(key).ifPresent(row -> row.retire(now));
    }
}
