using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// How many live quotes share each fingerprint, answered from memory. Looking each fingerprint up in every
/// segment's term dictionary cost more than the search itself on a page of 20 hits (profiled: ~40% of a request
/// at a million quotes). Segments never change, so each one's fingerprint keys (64-bit hashes) are read once and
/// kept sorted (about 12 bytes a quote); a new segment costs one pass over its own terms.
/// </summary>
internal sealed class FingerprintCounts
{
    private readonly ConditionalWeakTable<object, Entry> segments = new();

    public int Count(IndexSearcher searcher, string fingerprint)
    {
        var hash = FingerprintKeys.Of(fingerprint);
        var total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            // Deletions change a segment's counts but not its core key, so they are part of the cache key.
            // Lazy: searches that meet the same cold segment together wait for one read instead of each reading it.
            var entry = segments.GetValue(reader.CoreCacheKey, _ => Entry.For(reader));
            if (entry.LiveDocs != reader.LiveDocs)
            {
                entry = Entry.For(reader);
                segments.AddOrUpdate(reader.CoreCacheKey, entry);
            }
            total += entry.Counts.Value.Count(hash);
        }
        return total;
    }

    private sealed record Entry(IBits? LiveDocs, Lazy<SegmentCounts> Counts)
    {
        public static Entry For(AtomicReader reader) => new(reader.LiveDocs, new Lazy<SegmentCounts>(() => SegmentCounts.Read(reader)));
    }

    /// <summary>
    /// A segment's fingerprint hashes, sorted, with their counts, and where each bucket of hashes (by their top bits)
    /// starts: the hashes are spread evenly over 64 bits, so a bucket holds one to four of them and a lookup reads one
    /// bucket instead of binary-searching the whole array (twenty probes, each a cache miss: 6% of the server's time
    /// under the HTTP mix, for a page's 20 lookups in every segment). The starts cost about 2 bytes a quote.
    /// </summary>
    private sealed class SegmentCounts
    {
        private readonly ulong[] hashes;
        private readonly int[] counts;
        private readonly int[] starts;
        private readonly int shift;

        private SegmentCounts(ulong[] hashes, int[] counts)
        {
            this.hashes = hashes;
            this.counts = counts;
            var bits = hashes.Length < 4 ? 0 : BitOperations.Log2((uint)hashes.Length) - 1;
            shift = 64 - bits;
            starts = new int[(1 << bits) + 1];
            foreach (var hash in hashes) starts[Bucket(hash) + 1]++;
            for (var i = 1; i < starts.Length; i++) starts[i] += starts[i - 1];
        }

        // Shifting a 64-bit value by 64 leaves it whole in C#, so no bits means one bucket by name.
        private int Bucket(ulong hash) => shift == 64 ? 0 : (int)(hash >> shift);

        public int Count(ulong hash)
        {
            var bucket = Bucket(hash);
            for (var i = starts[bucket]; i < starts[bucket + 1]; i++)
            {
                if (hashes[i] == hash) return counts[i];
            }
            return 0;
        }

        public static SegmentCounts Read(AtomicReader reader)
        {
            var hashes = new List<ulong>();
            var counts = new List<int>();
            var terms = reader.GetTerms(IndexFields.FingerprintKey);
            if (terms is not null)
            {
                var liveDocs = reader.LiveDocs;
                var termsEnum = terms.GetEnumerator();
                DocsEnum? docs = null;
                while (termsEnum.MoveNext())
                {
                    var term = termsEnum.Term;
                    if (!FingerprintKeys.TryParse(term.Bytes.AsSpan(term.Offset, term.Length), out var hash)) continue;
                    var count = liveDocs is null ? termsEnum.DocFreq : Live(termsEnum, liveDocs, ref docs);
                    if (count == 0) continue;
                    hashes.Add(hash);
                    counts.Add(count);
                }
            }
            var hashArray = hashes.ToArray();
            var countArray = counts.ToArray();
            Array.Sort(hashArray, countArray);
            return new SegmentCounts(hashArray, countArray);
        }

        private static int Live(TermsEnum termsEnum, IBits liveDocs, ref DocsEnum? docs)
        {
            docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
            var count = 0;
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) count++;
            return count;
        }
    }
}
