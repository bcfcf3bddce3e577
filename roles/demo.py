"""Demo content for the career comparison articles (loaded by ``manage.py seed_demo``)."""

# Bullets that two roles genuinely share use exactly the same wording, so comparison
# articles can mark them as shared. Keep the wording in sync when editing one of them.

TEAMWORK = "Ability to work in a team and collaborate with stakeholders"
PROBLEM_SOLVING = "Strong analytical and problem-solving skills"
COMMUNICATION = "Clear communication and presentation skills"
PYTHON_SKILL = "Strong Python programming skills"
CLOUD_SKILL = "Experience with cloud platforms such as AWS and Azure"
BIG_DATA_SKILL = "Familiarity with big data technologies such as Hadoop and Spark"
VIZ_SKILL = "Data visualization with tools like Tableau and Power BI"
SQL_MODELING_SKILL = "Advanced SQL and data modeling"
ML_ALGORITHMS_SKILL = "Deep knowledge of machine learning algorithms and techniques"
FRAMEWORKS_SKILL = "Hands-on experience with TensorFlow and PyTorch"
SOFTWARE_PRACTICES_SKILL = "Sound software engineering principles and best practices"

ROLES = [
    {
        "name": "Data Scientist",
        "slug": "data-scientist",
        "definition": (
            "A data scientist applies statistics and machine learning to make sense of large, "
            "complex data sets. The job is to find the patterns, trends and insights that let an "
            "organization base its decisions on evidence. Data scientists work with business "
            "leaders, data analysts and IT staff to pin down what the business needs and to build "
            "solutions that meet those needs."
        ),
        "outlook": (
            "Federal employment statistics count data scientists within the broader occupation of "
            "computer and information research scientists. Growth for that group was projected to "
            "be much faster than the average for all occupations, and organizations in nearly "
            "every sector keep looking for people who can turn data into decisions."
        ),
        "growth_percent": "15",
        "growth_start_year": 2019,
        "growth_end_year": 2029,
        "growth_source": "US Bureau of Labor Statistics",
        "growth_occupation": "Computer and Information Research Scientists",
        "items": {
            "responsibility": [
                "Gathering and cleaning large datasets",
                "Analyzing data with statistical and machine learning methods",
                "Presenting insights and findings to stakeholders",
                "Building predictive models and algorithms",
                "Testing and validating models",
                "Producing visualizations and reports that explain results",
                "Working with business leaders, analysts and IT teams to turn business needs into solutions",
            ],
            "skill": [
                "Solid grounding in statistics and machine learning methods",
                "Programming in Python, R and SQL",
                VIZ_SKILL,
                BIG_DATA_SKILL,
                COMMUNICATION,
                TEAMWORK,
            ],
            "degree": [
                "Bachelor's or master's degree in computer science, statistics, mathematics or a related field",
            ],
            "certification": [
                "Certified Analytics Professional (CAP)",
                "Microsoft Certified: Azure Data Scientist Associate",
            ],
            "tool": [
                "Python, R and SQL",
                "Tableau and Power BI",
                "Hadoop and Spark",
                "TensorFlow and PyTorch",
                "SAS and SPSS",
            ],
            "industry": ["Healthcare", "Finance", "Retail", "Technology", "Government"],
            "tip": [
                "Learn the fundamentals of statistics and machine learning",
                "Get comfortable programming in Python, R and SQL",
                "Practice cleaning and visualizing real datasets",
                "Build your own predictive models and algorithms",
                "Enter Kaggle competitions or similar data science challenges",
                "Earn a degree or certification in data science or a related field",
            ],
        },
    },
    {
        "name": "Lead Machine Learning Engineer",
        "slug": "lead-machine-learning-engineer",
        "definition": (
            "A lead machine learning engineer designs, builds and puts into service machine "
            "learning models that address hard business problems. Working closely with data "
            "scientists, the lead engineer learns how the data behaves and develops algorithms "
            "that learn from it to make predictions or decisions. The role also partners with "
            "software engineers to ship those models into production systems."
        ),
        "outlook": (
            "Federal employment statistics place machine learning engineers within the software "
            "developers occupation, which was projected to grow much faster than the average for "
            "all occupations. Experienced engineers who can take models from prototype to "
            "production and guide a team are especially sought after."
        ),
        "growth_percent": "22",
        "growth_start_year": 2019,
        "growth_end_year": 2029,
        "growth_source": "US Bureau of Labor Statistics",
        "growth_occupation": "Software Developers",
        "items": {
            "responsibility": [
                "Spotting business problems that machine learning can solve",
                "Designing and building machine learning models and algorithms",
                "Testing and validating models",
                "Deploying models to production systems",
                "Monitoring and maintaining models in production",
                "Working with data scientists and software engineers to integrate models into production",
                "Keeping up with new trends and technologies in machine learning and AI",
            ],
            "skill": [
                ML_ALGORITHMS_SKILL,
                "Programming in Python, Java and C++",
                FRAMEWORKS_SKILL,
                SOFTWARE_PRACTICES_SKILL,
                CLOUD_SKILL,
                PROBLEM_SOLVING,
                TEAMWORK,
            ],
            "degree": [
                "Bachelor's or master's degree in computer science, electrical engineering or a related field",
            ],
            "certification": [
                "Google Cloud Certified - Professional Machine Learning Engineer",
                "AWS Certified Machine Learning - Specialty",
            ],
            "tool": [
                "Python, Java and C++",
                "TensorFlow and PyTorch",
                "AWS and Azure",
                "Docker and Kubernetes",
                "Git and Jenkins",
            ],
            "industry": ["Technology", "Finance", "Healthcare", "Retail", "Manufacturing"],
            "tip": [
                "Learn the fundamentals of machine learning algorithms and techniques",
                "Get comfortable programming in Python, Java and C++",
                "Practice developing and deploying models",
                "Build complete machine learning systems, from raw data to deployment",
                "Enter machine learning competitions or challenges",
                "Earn a degree or certification in machine learning or a related field",
            ],
        },
    },
    {
        "name": "Machine Learning Engineer",
        "slug": "machine-learning-engineer",
        "definition": (
            "A machine learning engineer turns models into working software. They prepare "
            "training data, build and tune models, and package them so other systems can call "
            "them reliably. The role sits between data science and software engineering and is "
            "judged on how well models perform once real users depend on them."
        ),
        "outlook": (
            "Federal employment statistics place machine learning engineers within the software "
            "developers occupation, which was projected to grow much faster than the average for "
            "all occupations. As more products add features built on machine learning, employers "
            "need engineers who can build models and keep them running."
        ),
        "growth_percent": "22",
        "growth_start_year": 2019,
        "growth_end_year": 2029,
        "growth_source": "US Bureau of Labor Statistics",
        "growth_occupation": "Software Developers",
        "items": {
            "responsibility": [
                "Designing and building machine learning models and algorithms",
                "Preparing training data and engineering features",
                "Testing and validating models",
                "Deploying models to production systems",
                "Monitoring and maintaining models in production",
                "Tuning models for accuracy, speed and cost",
            ],
            "skill": [
                ML_ALGORITHMS_SKILL,
                PYTHON_SKILL,
                FRAMEWORKS_SKILL,
                SOFTWARE_PRACTICES_SKILL,
                PROBLEM_SOLVING,
                TEAMWORK,
            ],
            "degree": [
                "Bachelor's or master's degree in computer science, electrical engineering or a related field",
            ],
            "certification": [
                "Google Cloud Certified - Professional Machine Learning Engineer",
                "AWS Certified Machine Learning Engineer - Associate",
            ],
            "tool": [
                "Python",
                "TensorFlow and PyTorch",
                "Scikit-learn",
                "Docker and Kubernetes",
                "AWS and Azure",
            ],
            "industry": ["Technology", "Finance", "Healthcare", "Retail", "Automotive"],
            "tip": [
                "Learn the fundamentals of machine learning algorithms and techniques",
                "Build solid Python and software engineering habits",
                "Practice developing and deploying models",
                "Serve a small model behind an API and measure how it performs",
                "Enter machine learning competitions or challenges",
                "Contribute to open-source machine learning libraries",
            ],
        },
    },
    {
        "name": "MLOps Engineer",
        "slug": "mlops-engineer",
        "definition": (
            "An MLOps engineer builds and runs the systems that take machine learning models from "
            "a notebook to dependable production services. The work borrows from DevOps: automated "
            "pipelines, versioning, infrastructure as code and monitoring, applied to data and "
            "models. The goal is for models to be released, retrained and rolled back safely and "
            "repeatably."
        ),
        "outlook": (
            "Federal employment statistics do not track MLOps engineers as a separate occupation, "
            "so there is no official projection for the title. Demand has grown as companies move "
            "past experiments and need to run many models reliably, and the skills carry over to "
            "DevOps, platform and machine learning engineering roles."
        ),
        "growth_percent": None,
        "growth_start_year": None,
        "growth_end_year": None,
        "growth_source": "",
        "growth_occupation": "",
        "items": {
            "responsibility": [
                "Building CI/CD pipelines that train, test and release models",
                "Deploying models to production systems",
                "Monitoring and maintaining models in production",
                "Managing the infrastructure that runs training and inference",
                "Versioning data, code and models so results can be reproduced",
                "Automating retraining and detecting data or model drift",
                "Working with data scientists and software engineers to integrate models into production",
            ],
            "skill": [
                "Solid understanding of the machine learning lifecycle",
                PYTHON_SKILL,
                "Experience with containers and container orchestration",
                CLOUD_SKILL,
                "Knowledge of CI/CD and infrastructure as code",
                PROBLEM_SOLVING,
                TEAMWORK,
            ],
            "degree": [
                "Bachelor's degree in computer science, software engineering or a related field",
            ],
            "certification": [
                "Google Cloud Certified - Professional Machine Learning Engineer",
                "Certified Kubernetes Administrator (CKA)",
                "AWS Certified DevOps Engineer - Professional",
            ],
            "tool": [
                "Python",
                "Docker and Kubernetes",
                "MLflow",
                "Git and Jenkins",
                "Terraform",
            ],
            "industry": ["Technology", "Finance", "Healthcare", "E-commerce", "Telecommunications"],
            "tip": [
                "Learn Linux, networking and shell scripting basics",
                "Get hands-on practice with Docker and Kubernetes",
                "Practice developing and deploying models",
                "Automate a full training and deployment pipeline as a portfolio project",
                "Study model monitoring and drift detection",
                "Earn a cloud or Kubernetes certification",
            ],
        },
    },
    {
        "name": "Data Engineer",
        "slug": "data-engineer",
        "definition": (
            "A data engineer builds and maintains the pipelines and storage that move data from "
            "source systems to the people and applications that use it. They make sure data "
            "arrives on time, in the right shape and with known quality. Analysts, data scientists "
            "and machine learning teams all depend on this groundwork."
        ),
        "outlook": (
            "Federal employment statistics do not publish a separate projection for data engineers, "
            "who are spread across several software and database occupations. Hiring has stayed "
            "strong because every analytics and AI project needs reliable data underneath it, and "
            "the move to cloud data platforms keeps creating new pipeline work."
        ),
        "growth_percent": None,
        "growth_start_year": None,
        "growth_end_year": None,
        "growth_source": "",
        "growth_occupation": "",
        "items": {
            "responsibility": [
                "Designing, building and maintaining data pipelines",
                "Gathering and cleaning large datasets",
                "Modeling and managing data warehouses and data lakes",
                "Ensuring data quality, reliability and security",
                "Automating and scheduling data workflows",
                "Tuning storage and query performance",
                "Supplying data scientists and analysts with the data they need",
            ],
            "skill": [
                SQL_MODELING_SKILL,
                PYTHON_SKILL,
                BIG_DATA_SKILL,
                "Knowledge of ETL and ELT design patterns",
                CLOUD_SKILL,
                PROBLEM_SOLVING,
                TEAMWORK,
            ],
            "degree": [
                "Bachelor's degree in computer science, software engineering, information systems or a related field",
            ],
            "certification": [
                "Google Cloud Certified - Professional Data Engineer",
                "AWS Certified Data Engineer - Associate",
                "Databricks Certified Data Engineer Associate",
            ],
            "tool": [
                "Python",
                "SQL",
                "Hadoop and Spark",
                "Apache Airflow",
                "Apache Kafka",
            ],
            "industry": ["Technology", "Finance", "Healthcare", "E-commerce", "Telecommunications"],
            "tip": [
                "Master SQL and relational database design",
                "Learn Python for data processing and automation",
                "Build an end-to-end pipeline that loads data into a warehouse",
                "Get hands-on experience with a major cloud platform",
                "Learn a workflow orchestrator such as Apache Airflow",
                "Publish your projects in a public portfolio on GitHub",
            ],
        },
    },
    {
        "name": "Data Analyst",
        "slug": "data-analyst",
        "definition": (
            "A data analyst answers specific business questions with data. They pull and clean "
            "data, summarize it, and present the results in reports and dashboards that managers "
            "use to track performance and make decisions. The focus is on explaining what "
            "happened and why, rather than on building predictive models."
        ),
        "outlook": (
            "Federal employment statistics do not track data analysts as a single occupation, so "
            "there is no official projection for the title. Demand is broad and steady because "
            "almost every organization needs people who can report on its numbers, and the role "
            "is a common first step toward data science or data engineering."
        ),
        "growth_percent": None,
        "growth_start_year": None,
        "growth_end_year": None,
        "growth_source": "",
        "growth_occupation": "",
        "items": {
            "responsibility": [
                "Turning business questions into concrete analysis plans",
                "Writing SQL queries to extract and summarize data",
                "Maintaining dashboards that track key business metrics",
                "Spotting trends and anomalies in business data",
                "Producing visualizations and reports that explain results",
                "Presenting insights and findings to stakeholders",
            ],
            "skill": [
                "Strong SQL querying skills",
                "Advanced Excel, including pivot tables and lookups",
                VIZ_SKILL,
                "Working knowledge of descriptive statistics",
                COMMUNICATION,
                "Attention to detail and good business sense",
                TEAMWORK,
            ],
            "degree": [
                "Bachelor's degree in statistics, mathematics, economics, business or a related field",
            ],
            "certification": [
                "Google Data Analytics Professional Certificate",
                "Microsoft Certified: Power BI Data Analyst Associate",
            ],
            "tool": [
                "Excel",
                "SQL",
                "Tableau and Power BI",
                "Python",
                "Looker",
            ],
            "industry": [
                "Finance",
                "Healthcare",
                "Retail",
                "Government",
                "Marketing and advertising",
            ],
            "tip": [
                "Learn SQL and practice it on public datasets",
                "Become fluent in Excel and one BI tool such as Tableau or Power BI",
                "Practice cleaning and visualizing real datasets",
                "Build a portfolio of dashboards and short written analyses",
                "Learn enough statistics to test and explain your findings",
                "Look for analyst openings or internships inside your current company",
            ],
        },
    },
    {
        "name": "Data Architect",
        "slug": "data-architect",
        "definition": (
            "A data architect decides how an organization's data is structured, stored, integrated "
            "and governed. They set the blueprint of models, platforms and standards that data "
            "engineers then build. It is usually a senior role that weighs business goals, cost, "
            "security and regulation against each other."
        ),
        "outlook": (
            "Federal employment statistics do not publish a projection for the data architect "
            "title on its own. Demand is driven by cloud migrations, growing data volumes and "
            "stricter privacy rules, and most openings go to people with several years of data "
            "engineering or database experience."
        ),
        "growth_percent": None,
        "growth_start_year": None,
        "growth_end_year": None,
        "growth_source": "",
        "growth_occupation": "",
        "items": {
            "responsibility": [
                "Defining the organization's data strategy and target architecture",
                "Designing conceptual, logical and physical data models",
                "Setting standards for data integration, storage and access",
                "Establishing data governance, security and compliance policies",
                "Evaluating and selecting data platforms and technologies",
                "Guiding data engineers as they implement the architecture",
                "Aligning data systems with business goals together with senior stakeholders",
            ],
            "skill": [
                SQL_MODELING_SKILL,
                "Deep knowledge of databases, data warehouses and data lakes",
                "Understanding of data governance and regulatory requirements",
                CLOUD_SKILL,
                COMMUNICATION,
                TEAMWORK,
            ],
            "degree": [
                "Bachelor's degree in computer science, information systems or a related field",
                "Master's degree in information systems or a related field, often preferred for senior roles",
            ],
            "certification": [
                "Certified Data Management Professional (CDMP)",
                "AWS Certified Solutions Architect - Associate",
                "Google Cloud Certified - Professional Data Engineer",
            ],
            "tool": [
                "SQL",
                "erwin Data Modeler",
                "Snowflake",
                "AWS and Azure",
                "Apache Kafka",
            ],
            "industry": ["Finance", "Healthcare", "Government", "Technology", "Insurance"],
            "tip": [
                "Gain several years of experience as a data engineer or database developer",
                "Master SQL and relational database design",
                "Study data modeling and data governance frameworks",
                "Get hands-on experience with a major cloud platform",
                "Practice explaining technical designs to non-technical audiences",
                "Earn a data management or cloud architecture certification",
            ],
        },
    },
]

COMPARISONS = [
    {
        "role_a": "data-scientist",
        "role_b": "lead-machine-learning-engineer",
        "published": "2023-12-06",
        "intro": (
            "Data scientist and lead machine learning engineer rank among the most in-demand jobs "
            "in a world that runs more and more on data. Both work with data, AI and machine "
            "learning, yet they do quite different work day to day. This article sets the two "
            "side by side: what each role is, what it is responsible for, the skills and "
            "education it calls for, the tools it relies on, where it is employed, how demand is "
            "expected to develop, and how to get started."
        ),
        "conclusion": (
            "Both careers are challenging and rewarding ways to work in AI, machine learning and "
            "big data. They overlap in places, such as validating models and working closely with "
            "stakeholders, but differ clearly in responsibilities, skills, education, tools, "
            "industries and outlook. If you enjoy finding insight in data and explaining it, data "
            "science may suit you; if you prefer building and running production systems, aim for "
            "machine learning engineering. Knowing the differences helps you choose a path and "
            "plan your next steps."
        ),
        "leads": {
            "definitions": "Both roles turn data into value, but at different points between the question and the product.",
            "responsibilities": "The daily work differs a lot: one role focuses on analysis and insight, the other on building and running models.",
            "skills": "Each role calls for its own mix of skills, although teamwork matters in both.",
            "education": "Typical degrees and certifications differ between the two roles.",
            "tools": "Some frameworks overlap, but each role leans on a different toolkit.",
            "industries": "Both roles are found in many of the same industries, with a few differences.",
            "outlook": "Both fields are in high demand and expected to keep growing in the coming years.",
            "tips": "If you want to pursue either career, these steps will help you get started.",
        },
    },
    {
        "role_a": "data-scientist",
        "role_b": "data-analyst",
        "published": "2024-03-14",
        "intro": (
            "Data analyst and data scientist are often listed side by side on job boards, and the "
            "two roles do overlap: both clean data, build charts and present findings to "
            "stakeholders. The difference is mainly one of scope. Analysts explain what happened "
            "and track how the business is doing, while data scientists build statistical and "
            "machine learning models that predict what is likely to happen next. This comparison "
            "walks through the work, skills, education, tools and outlook of each."
        ),
        "conclusion": (
            "Choose data analysis if you like answering concrete business questions quickly, "
            "working in SQL, spreadsheets and dashboards, and seeing your reports used in weekly "
            "decisions. Choose data science if you are drawn to statistics, programming and "
            "predictive modeling, and are willing to invest in more math and often a graduate "
            "degree. Many people start as analysts and move into data science later, so the first "
            "choice does not have to be final. Strong communication pays off in both."
        ),
        "leads": {
            "definitions": "Both roles work with data to support decisions; they differ in depth and in the questions they answer.",
            "responsibilities": "Reporting and presenting findings are common ground, while modeling belongs mostly to data scientists.",
            "skills": "Visualization and communication matter in both roles; data science adds heavier statistics and programming.",
            "education": "Data scientists more often hold graduate degrees, while analysts can enter with a bachelor's degree and a certificate.",
            "tools": "Both roles use business intelligence tools, but data scientists add big data and machine learning frameworks.",
            "industries": "The two roles are hired by many of the same kinds of employers.",
            "outlook": "Data scientists are counted in a broader federal occupation, while data analysts have no official projection.",
            "tips": "Both paths start with real datasets and a portfolio that shows your work.",
        },
    },
    {
        "role_a": "data-engineer",
        "role_b": "data-scientist",
        "published": "2024-08-22",
        "intro": (
            "Data engineers and data scientists work on the same data, at different stages. The "
            "engineer builds the pipelines, warehouses and lakes that collect and prepare it; the "
            "scientist analyzes that data and builds models to predict outcomes or explain "
            "behavior. Teams need both, and the two roles hand work back and forth every day. "
            "This comparison looks at responsibilities, skills, education, tools, industries and "
            "outlook to help you decide which side of that handoff suits you."
        ),
        "conclusion": (
            "If you enjoy building systems that run reliably, care about performance and like "
            "solving infrastructure problems, data engineering is a strong fit, with steady demand "
            "as organizations expand their data platforms. If you would rather ask questions of "
            "the data, test hypotheses and build predictive models, data science is the closer "
            "match. Both roles share big data tools and cleaning work, so skills you learn in one "
            "will help you move into the other later."
        ),
        "leads": {
            "definitions": "One role builds the data foundation, the other draws conclusions from it.",
            "responsibilities": "Both roles clean data, but engineers own the pipelines while scientists own the analysis and models.",
            "skills": "Big data know-how and teamwork are shared; the rest of the skill set diverges.",
            "education": "Both roles usually start with a technical bachelor's degree, and cloud certifications are common for engineers.",
            "tools": "Spark and Hadoop appear in both toolkits, alongside very different specialist software.",
            "industries": "Employers in most data-heavy industries hire both roles.",
            "outlook": "Only one of the two roles maps onto a published federal projection.",
            "tips": "Hands-on projects are the fastest way into either career.",
        },
    },
    {
        "role_a": "machine-learning-engineer",
        "role_b": "mlops-engineer",
        "published": "2025-02-11",
        "intro": (
            "Machine learning engineers and MLOps engineers both work to get models into "
            "production, and job postings sometimes blur the two. In practice, the machine "
            "learning engineer concentrates on the models themselves: data, features, training and "
            "evaluation. The MLOps engineer concentrates on the platform around them: pipelines, "
            "infrastructure, versioning and monitoring. This comparison shows where the two roles "
            "overlap, where they part ways, and what it takes to get hired in each."
        ),
        "conclusion": (
            "Pick machine learning engineering if you want to spend most of your time improving "
            "models and you enjoy experiments, metrics and algorithms. Pick MLOps if you get more "
            "satisfaction from automation, infrastructure and making systems dependable at scale. "
            "The roles share deployment, monitoring, Python and containers, so moving between them "
            "is common. A project that trains, deploys and monitors a model end to end is good "
            "preparation for either one."
        ),
        "leads": {
            "definitions": "Both roles serve production machine learning, one from the model side and one from the platform side.",
            "responsibilities": "Deploying and monitoring models is shared work; building the models or the platform is not.",
            "skills": "Python and problem-solving are common ground, while MLOps adds infrastructure and CI/CD depth.",
            "education": "A computer science degree is typical for both, with cloud and Kubernetes certifications valued in MLOps.",
            "tools": "Python and containers sit in both toolkits.",
            "industries": "Both roles are concentrated where companies run many models in production.",
            "outlook": "Only the broader machine learning engineer role maps onto a published federal projection.",
            "tips": "Practicing deployment is useful for both roles; the other steps differ.",
        },
    },
    {
        "role_a": "data-engineer",
        "role_b": "data-architect",
        "published": "2025-07-09",
        "intro": (
            "Data engineer and data architect are closely linked roles, and many architects began "
            "as engineers. The architect designs how an organization's data should be modeled, "
            "stored, integrated and governed; the engineer builds and runs the pipelines and "
            "platforms that bring that design to life. This comparison covers what each role does, "
            "the skills, degrees and certifications that help, the tools involved and the typical "
            "path from one role to the other."
        ),
        "conclusion": (
            "Data engineering suits people who like to build: writing code, fixing broken "
            "pipelines and seeing data flow every day. Data architecture suits people who enjoy "
            "design, standards and long-term planning, and who are comfortable negotiating with "
            "business and security teams. Since most architects spend several years as engineers "
            "first, starting in data engineering keeps both doors open. Strong SQL, data modeling "
            "and cloud skills are the shared foundation."
        ),
        "leads": {
            "definitions": "The architect designs the data landscape; the engineer builds and runs it.",
            "responsibilities": "Engineers focus on delivery and operations, while architects set direction and standards.",
            "skills": "SQL, data modeling and cloud experience are the common base for both roles.",
            "education": "Both roles usually start from a computer science or information systems degree.",
            "tools": "SQL and streaming platforms are shared, but architects spend more time in modeling tools.",
            "industries": "Regulated and data-heavy industries hire both roles.",
            "outlook": "Neither title has its own federal projection, so demand is described in words.",
            "tips": "The path to architect usually runs through engineering, so several tips overlap.",
        },
    },
    {
        "role_a": "data-analyst",
        "role_b": "data-engineer",
        "published": "2026-01-20",
        "intro": (
            "Data analysts and data engineers often sit on the same team, but they face in "
            "different directions. Analysts face the business, turning questions into queries, "
            "dashboards and recommendations. Engineers face the systems, making sure the data "
            "analysts rely on is complete, current and fast to query. Many analysts consider "
            "moving into engineering once they hit the limits of their data. This comparison helps "
            "you weigh the two paths."
        ),
        "conclusion": (
            "Data analysis is usually the quicker way in, with a lower technical bar and plenty of "
            "contact with the business. Data engineering asks for stronger programming and systems "
            "skills, but it offers deep technical work and strong demand from teams that depend on "
            "reliable data. Both rely on SQL and Python, so an analyst who enjoys automating their "
            "own data preparation already has a head start toward engineering."
        ),
        "leads": {
            "definitions": "One role explains the data to the business, the other makes sure the data is there to explain.",
            "responsibilities": "Analysts produce insight and reports, while engineers produce pipelines and data platforms.",
            "skills": "Both need SQL, but engineers go further into programming and systems design.",
            "education": "Analysts come from many quantitative fields, while engineers usually study computing.",
            "tools": "SQL and Python are shared, and the rest of each toolkit points in a different direction.",
            "industries": "Both roles are common in finance, healthcare and other data-heavy sectors.",
            "outlook": "Neither title is tracked on its own in federal statistics.",
            "tips": "SQL comes first for both careers; after that, the paths diverge.",
        },
    },
]
