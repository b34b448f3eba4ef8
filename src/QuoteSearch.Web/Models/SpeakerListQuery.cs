using System.Globalization;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Searching;
using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Web.OpenApi;

namespace QuoteSearch.Web.Models;

/// <summary>
/// The query string of <c>GET /api/speakers</c>, read into a <see cref="SpeakerListRequest"/> or a message saying what
/// is wrong.
/// </summary>
public sealed class SpeakerListQuery
{
    [FromQuery(Name = "prefix")]
    [QueryParameter("Only speakers with a name word starting so (or a near spelling of one)")]
    public string? Prefix { get; set; }

    [FromQuery(Name = "type")]
    [QueryParameter("Only people or only organisations", Values = [SpeakerGroup.Person, SpeakerGroup.Organisation])]
    public string? Type { get; set; }

    [FromQuery(Name = "sort")]
    [QueryParameter("Most quoted first, by name, or latest quote first", Values = ["quotes", "name", "latest"])]
    public string? Sort { get; set; }

    [FromQuery(Name = "offset")]
    [QueryParameter("How many speakers of the sorted list to skip", Type = "integer", Format = "int32", Minimum = 0, Default = "0")]
    public string? Offset { get; set; }

    [FromQuery(Name = "limit")]
    [QueryParameter(
        "Speakers per page", Type = "integer", Format = "int32", Minimum = 1, Maximum = SpeakerListRequest.MaxLimit, Default = "20")]
    public string? Limit { get; set; }

    public Result<SpeakerListRequest> ToRequest()
    {
        if (Prefix is { Length: > 200 }) return Fail("prefix is at most 200 characters");
        if (Type is not (null or "" or SpeakerGroup.Person or SpeakerGroup.Organisation))
        {
            return Fail("type must be person or organisation");
        }
        SpeakerSort? sort = Sort switch
        {
            null or "" or "quotes" => SpeakerSort.Quotes,
            "name" => SpeakerSort.Name,
            "latest" => SpeakerSort.Latest,
            _ => null,
        };
        if (sort is null) return Fail("sort must be quotes, name or latest");
        if (!Number(Offset, 0, int.MaxValue, out var offset)) return Fail("offset must be a whole number, 0 or more");
        if (!Number(Limit, 1, SpeakerListRequest.MaxLimit, out var limit, 20))
        {
            return Fail($"limit must be between 1 and {SpeakerListRequest.MaxLimit}");
        }
        return Result<SpeakerListRequest>.Ok(new SpeakerListRequest
        {
            Prefix = Prefix, Type = string.IsNullOrEmpty(Type) ? null : Type, Sort = sort.Value, Offset = offset, Limit = limit,
        });
    }

    private static bool Number(string? text, int min, int max, out int value, int fallback = 0)
    {
        value = fallback;
        if (string.IsNullOrEmpty(text)) return true;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    private static Result<SpeakerListRequest> Fail(string message) => Result<SpeakerListRequest>.Fail(message);
}
