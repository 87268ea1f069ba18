/* No math on the course site: this stands in for MathJax so that nothing loads from a CDN. */
