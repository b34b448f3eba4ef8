using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;
using JInt32 = J2N.Numerics.Int32;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Sorts hits by published day from <see cref="PublishedDayKeys"/>, the in-memory copy of the day doc values.
/// A hit's sort value is its day as a number (yyyyMMdd), the same in every segment, so cursors carry it.
/// </summary>
internal sealed class PublishedDaySort : FieldComparerSource
{
    public static readonly PublishedDaySort Instance = new();

    /// <summary>
    /// Newest first, then index order: the date sort of every search. No doc sort field is needed for the second
    /// part: Lucene's hit queue and its search-after both break ties by doc, and one sort field takes its faster
    /// single-comparer collector.
    /// </summary>
    public static Sort NewestFirst { get; } = new(new SortField(IndexFields.PublishedDay, Instance, true));

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Comparer(numHits);

    private sealed class Comparer(int numHits) : FieldComparer<JInt32>
    {
        private readonly int[] slots = new int[numHits];
        private int[] days = [];
        private int bottom;
        private int top;

        public override int Compare(int slot1, int slot2) => slots[slot1].CompareTo(slots[slot2]);

        public override void SetBottom(int slot) => bottom = slots[slot];

        public override void SetTopValue(JInt32 value) => top = value.ToInt32();

        public override int CompareBottom(int doc) => bottom.CompareTo(days[doc]);

        public override int CompareTop(int doc) => top.CompareTo(days[doc]);

        public override void Copy(int slot, int doc) => slots[slot] = days[doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            days = PublishedDayKeys.Of(context.AtomicReader);
            return this;
        }

        public override JInt32 this[int slot] => JInt32.GetInstance(slots[slot]);
    }
}
