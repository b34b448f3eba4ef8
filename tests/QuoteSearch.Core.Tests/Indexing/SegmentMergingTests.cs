using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class SegmentMergingTests
{
    // Lucene's policy treats segments under 2 MB as 2 MB: each segment here is one document with a 3 MB stored field.
    private static int SegmentsAfterCommits(int commits)
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(QuoteAnalyzers.Version, null)
        {
            MergePolicy = SegmentMerging.Policy(),
            MergeScheduler = new SerialMergeScheduler(),
        };
        var random = new Random(7);
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < commits; i++)
            {
                var text = new string([.. Enumerable.Range(0, 3_000_000).Select(_ => (char)('a' + random.Next(26)))]);
                writer.AddDocument([new StoredField("text", text)]);
                writer.Commit();
            }
        }
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Count;
    }

    [Fact]
    public void Nine_segments_of_one_size_are_merged_down_to_one_tier()
    {
        // Lucene's default of ten a tier would leave all nine.
        Assert.InRange(SegmentsAfterCommits(9), 1, SegmentMerging.SegmentsPerTier);
    }
}
