using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

/// <summary>Speaker counts are kept per segment: they must follow new segments, deletions and replaced articles.</summary>
public sealed class SpeakerCountsTests
{
    private static ExtractedArticle Article(string id, params string[] speakers) => ExtractionPipeline.Default.Extract(new Article(
        id, null, new DateOnly(2026, 3, 2), null,
        speakers.Select((speaker, n) => $"“The harbour will reopen in week {n + 1},” said {speaker}.").ToList()));

    private static int QuotesOf(IndexReader reader, string id) =>
        SpeakerCounts.Read(reader).SingleOrDefault(c => c.Id == id)?.Quotes ?? 0;

    [Fact]
    public void Counts_follow_new_segments_and_deletions_in_counted_ones()
    {
        using var dir = new TempDir();
        using var directory = new NIOFSDirectory(new DirectoryInfo(dir.Path));
        // No merges: the first segment stays the same segment, and only its deletions change.
        var config = new IndexWriterConfig(QuoteAnalyzers.Version, QuoteAnalyzers.Create())
        {
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using var writer = new IndexWriter(directory, config);
        void Upsert(ExtractedArticle article) =>
            writer.UpdateDocuments(new Term(IndexFields.ArticleId, article.Article.Id), QuoteDocuments.For(article));

        Upsert(Article("a1", "Tobias Lindgren", "Tobias Lindgren", "Maren Holt"));
        Upsert(Article("a3", "Maren Holt"));
        using (var first = DirectoryReader.Open(writer, applyAllDeletes: true))
        {
            Assert.Equal((2, 2), (QuotesOf(first, "tobias-lindgren"), QuotesOf(first, "maren-holt")));
        }

        Upsert(Article("a2", "Tobias Lindgren"));
        using (var second = DirectoryReader.Open(writer, applyAllDeletes: true))
        {
            Assert.Equal(3, QuotesOf(second, "tobias-lindgren"));
        }

        Upsert(Article("a1", "Maren Holt")); // deletes a1's quotes from the first, already counted segment
        using var third = DirectoryReader.Open(writer, applyAllDeletes: true);
        Assert.Equal(3, third.Leaves.Count);
        Assert.Equal((1, 2), (QuotesOf(third, "tobias-lindgren"), QuotesOf(third, "maren-holt")));
    }
}
