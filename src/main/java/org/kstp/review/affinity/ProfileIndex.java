package org.kstp.review.affinity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Expert profiles in an in-memory Lucene index: field {@code zh} (smartcn) for Chinese texts,
 * {@code en} (English analyzer, stemmed) for English ones, and untokenised {@code disc} (every
 * level prefix of every GB/T 13745 code) and {@code ind} (plan industries). Document number =
 * expert index: documents are added in order, merged only with adjacent segments, and force-merged
 * to one segment. Derived data, rebuilt from the expert pool whenever a round is assigned.
 */
final class ProfileIndex implements AutoCloseable {

    static final String DISCIPLINE = "disc";
    static final String INDUSTRY = "ind";

    final Analyzer analyzer;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    private final ByteBuffersDirectory directory;

    private ProfileIndex(Analyzer analyzer, ByteBuffersDirectory directory, DirectoryReader reader) {
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
                TextLanguage.CHINESE.field, new SmartChineseAnalyzer(),
                TextLanguage.ENGLISH.field, new EnglishAnalyzer()));
    }

    static ProfileIndex build(List<ExpertProfile> experts) {
        Analyzer analyzer = analyzer();
        var directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity())
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(256);
        try (var writer = new IndexWriter(directory, config)) {
            for (ExpertProfile expert : experts) {
                writer.addDocument(document(expert));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new ProfileIndex(analyzer, directory, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(ExpertProfile expert) {
        var doc = new Document();
        for (String text : expert.texts()) {
            if (text != null && !text.isBlank()) {
                doc.add(new TextField(TextLanguage.of(text).field, text, Field.Store.NO));
            }
        }
        for (String code : expert.disciplines()) {
            for (int length : DisciplineMatch.LEVEL_LENGTHS) {
                if (code.length() >= length) {
                    doc.add(new StringField(DISCIPLINE, code.substring(0, length), Field.Store.NO));
                }
            }
        }
        for (String industry : expert.industries()) {
            doc.add(new StringField(INDUSTRY, industry, Field.Store.NO));
        }
        return doc;
    }

    int size() {
        return reader.maxDoc();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
