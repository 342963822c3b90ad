"""An index on a page's text digest: a new file is looked up by it, so a copy of an imported page is not imported twice."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0018_organization_kind_research'),
    ]

    operations = [
        migrations.AlterField(
            model_name='sourcedocument',
            name='content_hash',
            field=models.CharField(db_index=True, help_text='解码后文本的 SHA-256；内容不变的页面重新导入时直接跳过，文字相同的新文件不再重复导入。', max_length=64, verbose_name='内容哈希'),
        ),
    ]
