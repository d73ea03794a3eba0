"""What a rule is written against: the Rule base class, typed options, and the registry
that finds built-in and plugin rules through the ``declint.rules`` entry points."""
