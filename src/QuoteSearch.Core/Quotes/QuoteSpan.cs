namespace QuoteSearch.Core.Quotes;

/// <summary>
/// Quoted text found between quote marks. <see cref="Start"/>/<see cref="End"/> bound the text without its marks;
/// <see cref="OpenMark"/> and <see cref="CloseMark"/> are the mark positions, <see cref="CloseMark"/> is -1 when no
/// closing mark came before the paragraph ended. The parts of one quote that runs over several paragraphs share
/// <see cref="Group"/>, and every part after the first is a <see cref="IsContinuation"/>.
/// </summary>
public sealed record QuoteSpan(int Paragraph, int Start, int End, int OpenMark, int CloseMark, bool SingleMarks, int Group, bool IsContinuation)
{
    public bool RunsOn => CloseMark < 0;

    /// <summary>Position just after the closing mark, or the paragraph end when the quote runs on.</summary>
    public int After => CloseMark < 0 ? End : CloseMark + 1;
}
