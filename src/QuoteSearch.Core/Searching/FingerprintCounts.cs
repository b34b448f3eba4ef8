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

    private sealed class SegmentCounts(ulong[] hashes, int[] counts)
    {
        public int Count(ulong hash)
        {
            var at = Array.BinarySearch(hashes, hash);
            return at >= 0 ? counts[at] : 0;
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
