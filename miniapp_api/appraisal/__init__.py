"""民主评议党员: the annual round of self-assessment, mutual rating, proposed and confirmed grades."""
