"""The process host of 党建云: settings, app factory, lifecycle, middleware, pages and CLI."""
