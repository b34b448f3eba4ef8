using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// The tokens of one analysis (term, offsets, position increment, and what <see cref="TokenStream.End"/> left),
/// replayed as often as asked: the quote's text is tokenised and folded once for both of its indexed fields
/// (see <see cref="QuoteTextAnalysis"/>). Buffers grow to the longest quote seen and are reused.
/// </summary>
internal sealed class RecordedTokens : TokenStream
{
    private readonly Recording recording;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private int next;

    /// <summary>A stream over <paramref name="recording"/>: it replays whatever was recorded last.</summary>
    public RecordedTokens(Recording recording)
    {
        this.recording = recording;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next == recording.Count) return false;
        ClearAttributes();
        recording.Replay(next++, term, offset, increment);
        return true;
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(recording.FinalOffset, recording.FinalOffset);
        increment.PositionIncrement = recording.FinalIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }

    /// <summary>The tokens of the last stream recorded; several <see cref="RecordedTokens"/> may replay one recording.</summary>
    public sealed class Recording
    {
        private char[] chars = new char[1024];
        private int[] starts = new int[128];
        private int[] lengths = new int[128];
        private int[] startOffsets = new int[128];
        private int[] endOffsets = new int[128];
        private int[] increments = new int[128];
        private int charCount;

        public int Count { get; private set; }
        public int FinalOffset { get; private set; }
        public int FinalIncrement { get; private set; }

        /// <summary>Replaces the recording with every token of <paramref name="source"/>, which is consumed and disposed.</summary>
        public void Record(TokenStream source)
        {
            Count = charCount = 0;
            using (source)
            {
                var sourceTerm = source.AddAttribute<ICharTermAttribute>();
                var sourceOffset = source.AddAttribute<IOffsetAttribute>();
                var sourceIncrement = source.AddAttribute<IPositionIncrementAttribute>();
                source.Reset();
                while (source.IncrementToken())
                {
                    Grow(sourceTerm.Length);
                    Array.Copy(sourceTerm.Buffer, 0, chars, charCount, sourceTerm.Length);
                    starts[Count] = charCount;
                    lengths[Count] = sourceTerm.Length;
                    startOffsets[Count] = sourceOffset.StartOffset;
                    endOffsets[Count] = sourceOffset.EndOffset;
                    increments[Count] = sourceIncrement.PositionIncrement;
                    charCount += sourceTerm.Length;
                    Count++;
                }
                source.End();
                FinalOffset = sourceOffset.EndOffset;
                FinalIncrement = sourceIncrement.PositionIncrement;
            }
        }

        public void Replay(int token, ICharTermAttribute term, IOffsetAttribute offset, IPositionIncrementAttribute increment)
        {
            term.CopyBuffer(chars, starts[token], lengths[token]);
            offset.SetOffset(startOffsets[token], endOffsets[token]);
            increment.PositionIncrement = increments[token];
        }

        private void Grow(int termLength)
        {
            if (charCount + termLength > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + termLength));
            if (Count < starts.Length) return;
            var size = starts.Length * 2;
            Array.Resize(ref starts, size);
            Array.Resize(ref lengths, size);
            Array.Resize(ref startOffsets, size);
            Array.Resize(ref endOffsets, size);
            Array.Resize(ref increments, size);
        }
    }
}
