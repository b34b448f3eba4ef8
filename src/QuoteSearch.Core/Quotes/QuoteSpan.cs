namespace QuoteSearch.Core.Quotes;

/// <summary>
/// Quoted text found between quote marks. <see cref="Start"/>/<see cref="End"/> bound the text without its marks;
/// <see cref="OpenMark"/> is where the opening mark stands and <see cref="After"/> is just past the closing mark
/// (the paragraph end when no closing mark came). The parts of one quote that runs over several paragraphs share
/// <see cref="Group"/>, and every part after the first is a <see cref="IsContinuation"/>.
/// </summary>
public sealed record QuoteSpan(
    int Paragraph,
    int Start,
    int End,
    int OpenMark,
    int After,
    bool RunsOn,
    bool SingleMarks,
    int Group,
    bool IsContinuation);
