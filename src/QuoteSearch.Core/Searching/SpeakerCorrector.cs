using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Identity.Corrections;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Makes editors' corrections: checks each against the speakers the directory holds now, names the speakers by
/// their canonical written id, and stores it in the log. A bad correction is an error message, never a stored entry.
/// </summary>
public sealed class SpeakerCorrector(SpeakerDirectory speakers, CorrectionLog log)
{
    private const int LongestName = 200;

    /// <summary>Every correction made, undos included, in order: the audit trail.</summary>
    public IReadOnlyList<SpeakerCorrection> Audit => log.All;

    /// <summary>Makes one speaker of two: <paramref name="speaker"/> joins <paramref name="into"/> (its id and name stay).</summary>
    public Result<SpeakerCorrection> Merge(string speaker, string into, string who)
    {
        if (One(speaker) is not { } from) return Fail(CorrectionErrors.NoSpeaker(speaker));
        if (One(into) is not { } target) return Fail(CorrectionErrors.NoSpeaker(into));
        if (from.Id == target.Id) return Fail(CorrectionErrors.SameSpeaker);
        return Store(new SpeakerCorrection(0, SpeakerCorrection.Merge, who, default) { Speaker = from.Ids[0], Into = target.Ids[0] });
    }

    /// <summary>Shows a speaker under another name; its id stays, so links keep working.</summary>
    public Result<SpeakerCorrection> Rename(string speaker, string name, string who)
    {
        if (One(speaker) is not { } target) return Fail(CorrectionErrors.NoSpeaker(speaker));
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > LongestName) return Fail(CorrectionErrors.NoName);
        return Store(new SpeakerCorrection(0, SpeakerCorrection.Rename, who, default) { Speaker = target.Ids[0], Name = name.Trim() });
    }

    /// <summary>Takes one written name (an alias, or its id) off a speaker: it becomes a speaker of its own.</summary>
    public Result<SpeakerCorrection> Split(string speaker, string alias, string who)
    {
        if (One(speaker) is not { } from) return Fail(CorrectionErrors.NoSpeaker(speaker));
        var aliasId = from.Ids.Contains(alias) ? alias : SpeakerIds.For(alias);
        if (!from.Ids.Contains(aliasId) || from.Ids.Count < 2) return Fail(CorrectionErrors.NotAnAlias(alias, from.Name));
        return Store(new SpeakerCorrection(0, SpeakerCorrection.Split, who, default) { Speaker = from.Ids[0], Alias = aliasId });
    }

    /// <summary>Gives one quote (by quote id, "article#ordinal") to another speaker, whoever its article named.</summary>
    public Result<SpeakerCorrection> Reassign(string quote, string into, string who)
    {
        if (speakers.WrittenSpeakerOf(quote) is null) return Fail(CorrectionErrors.NoQuote(quote));
        if (One(into) is not { } target) return Fail(CorrectionErrors.NoSpeaker(into));
        return Store(new SpeakerCorrection(0, SpeakerCorrection.Reassign, who, default) { Quote = quote, Into = target.Ids[0] });
    }

    /// <summary>Takes back a merge, rename, split or reassignment still in force.</summary>
    public Result<SpeakerCorrection> Undo(int number, string who)
    {
        if (!log.Active.Any(c => c.Number == number)) return Fail(CorrectionErrors.NoSuchCorrection(number));
        return Store(new SpeakerCorrection(0, SpeakerCorrection.Undo, who, default) { Undoes = number });
    }

    private SpeakerSummary? One(string asked) => speakers.Match(asked).Speaker;

    private Result<SpeakerCorrection> Store(SpeakerCorrection correction) => Result<SpeakerCorrection>.Ok(log.Add(correction));

    private static Result<SpeakerCorrection> Fail(string message) => Result<SpeakerCorrection>.Fail(message);
}
