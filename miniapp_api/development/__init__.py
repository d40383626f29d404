"""发展党员: an applicant\x27s way from 入党申请 to 正式党员, step by step against the 发展党员工作细则."""
