using Microsoft.AspNetCore.Mvc;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web.Security;

/// <summary>Whether a write may go ahead: every endpoint that changes the index or its corrections asks here.</summary>
public static class WriteAccess
{
    /// <summary>403 when the server has no key (no key can help), 401 when the request lacks the right one; null when allowed.</summary>
    public static ObjectResult? Refused(ControllerBase controller, WebOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey)) return Problems.Forbidden(controller);
        var presented = controller.Request.Headers[ApiKeyCheck.Header].FirstOrDefault();
        return ApiKeyCheck.Matches(options.ApiKey, presented) ? null : Problems.Unauthorized(controller);
    }
}
