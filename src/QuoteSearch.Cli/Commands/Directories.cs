using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Identity.Corrections;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Cli.Commands;

/// <summary>The speaker directory of an opened index with the editors' corrections kept in its folder, as the server shows it.</summary>
internal static class Directories
{
    public static Result<SpeakerDirectory> Open(QuoteIndex index, string folder)
    {
        var corrections = CorrectionLog.Open(CorrectionLog.PathFor(folder));
        return corrections.Success
            ? Result<SpeakerDirectory>.Ok(new SpeakerDirectory(index, corrections.Value))
            : Result<SpeakerDirectory>.Fail(corrections.Error!);
    }
}
