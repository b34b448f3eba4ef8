using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene40;
using Lucene.Net.Codecs.Lucene46;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Lucene 4.6's codec with stored fields kept uncompressed. Every result page loads its hits' stored fields,
/// and the default format decompresses a 16 KB block to read one quote of a few hundred bytes: profiled at
/// about 100 µs a hit, most of a page's time. Uncompressed, a hit is one read. The index grows by the size of
/// the stored text; indexes written by the default codec stay readable, and merges convert them.
/// </summary>
[CodecName("QuoteSearch1")]
public sealed class QuoteSearchCodec : FilterCodec
{
    private readonly StoredFieldsFormat storedFields = new Lucene40StoredFieldsFormat();

    public QuoteSearchCodec() : base(new Lucene46Codec()) { }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>Makes the codec's name known to Lucene, so segments written with it can be opened. Idempotent.</summary>
    public static void Register() => _ = Registration.Value;

    private static readonly Lazy<bool> Registration = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(QuoteSearchCodec)] });
        return true;
    });
}
